import { describe, expect, it } from 'vitest'
import { figureDefaults, findPeriod } from './figure-defaults'

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
    const parsed = { qualifier: 'MORE_THAN' as const, value: 3000, low: 3000, high: null, unit: 'children', direction: null, text: 'more than 3,000 children' }
    expect(figureDefaults('whatever the passage says', null, parsed)).toMatchObject({ qualifier: 'MORE_THAN', value: '3000', low: '3000', high: '' })
  })

  it('leaves the fields empty when the passage states no number', () => {
    expect(figureDefaults('Sessions underestimated how complicated it would be.', null)).toMatchObject({ qualifier: 'EXACT', value: '', unit: '', periodLabel: '' })
  })
})

describe('findPeriod', () => {
  it('reads a month with a day and a year', () => {
    expect(findPeriod('announced on April 6, 2018 in a memo', null)).toEqual({ start: '2018-04-06', end: '2018-04-06', label: 'April 6, 2018' })
  })

  it('reads a month without a year in the year of publication, or the year before', () => {
    expect(findPeriod('11,086 new cases In June', new Date('2018-07-20T00:00:00Z'))).toEqual({ start: '2018-06-01', end: '2018-06-30', label: 'In June' })
    expect(findPeriod('as of October', JAN_2021)?.start).toBe('2020-10-01')
    expect(findPeriod('as of October', null)).toBeNull()
  })

  it('reads a year, and a fiscal year from October to September', () => {
    expect(findPeriod('fewer than in any month since 2001', null)).toEqual({ start: '2001-01-01', end: '2001-12-31', label: 'since 2001' })
    expect(findPeriod('in fiscal year 2018', null)).toEqual({ start: '2017-10-01', end: '2018-09-30', label: 'in fiscal year 2018' })
  })

  it('does not take a month name inside another word, or "may" as a verb, for a date without a year', () => {
    expect(findPeriod('the Marches and junes', null)).toBeNull()
    expect(findPeriod('prosecutors may decline 9,216 cases in May', new Date('2018-07-01T00:00:00Z'))).toMatchObject({ start: '2018-05-01', label: 'in May' })
  })
})
