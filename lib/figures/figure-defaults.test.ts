import { describe, expect, it } from 'vitest'
import { figureDefaults } from './figure-defaults'

const JAN_2021 = new Date('2021-01-14T00:00:00Z')

describe('figureDefaults', () => {
  it('pre-fills a lower bound, its unit and the month it refers to', () => {
    const passage = 'At least 545 parents separated from their children could not be located as of October.'
    expect(figureDefaults(passage, JAN_2021)).toEqual({
      qualifier: 'AT_LEAST',
      value: '545',
      low: '545',
      high: '',
      unit: 'parents',
      periodStart: '2020-10-01',
      periodEnd: '2020-10-31',
      periodLabel: 'as of October',
    })
  })

  it('stores a stated decrease as a negative percent change, bounds swapped', () => {
    expect(figureDefaults('prosecutions declined by 35 percent', null)).toMatchObject({ value: '-35', low: '-35', high: '-35', unit: 'percent change' })
    expect(figureDefaults('spiked by 79 percent', null)).toMatchObject({ value: '79', unit: 'percent change' })
  })

  it('keeps ranges and approximate values with both bounds', () => {
    expect(figureDefaults('three to seven days', null)).toMatchObject({ qualifier: 'RANGE', value: '5', low: '3', high: '7', unit: 'days' })
    expect(figureDefaults('about 70,000 people', null)).toMatchObject({ qualifier: 'ABOUT', value: '70000', low: '66500', high: '73500' })
  })

  it('uses a figure parsed earlier instead of parsing again', () => {
    const period = { start: '2018-01-01', end: '2018-12-31', words: 'in 2018' }
    const parsed = { qualifier: 'MORE_THAN' as const, value: 3000, low: 3000, high: null, unit: 'children', direction: null, text: 'more than 3,000 children', period }
    expect(figureDefaults('whatever the passage says', null, parsed)).toMatchObject({ qualifier: 'MORE_THAN', value: '3000', low: '3000', high: '', periodStart: '2018-01-01', periodEnd: '2018-12-31', periodLabel: 'in 2018' })
  })

  it('reads the period from the passage when the figure came without one, or none is stated', () => {
    expect(figureDefaults('in May 2018, 9,216 cases', null)).toMatchObject({ value: '9216', periodStart: '2018-05-01', periodEnd: '2018-05-31', periodLabel: 'in May 2018' })
    expect(figureDefaults('Sessions announced it on April 6, 2018', null)).toMatchObject({ value: '', periodStart: '2018-04-06', periodEnd: '2018-04-06' })
  })

  it('leaves the fields empty when the passage states no number', () => {
    expect(figureDefaults('Sessions underestimated how complicated it would be.', null)).toMatchObject({ qualifier: 'EXACT', value: '', unit: '', periodLabel: '' })
  })
})
