import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { findFigures } from './find-figures'

// Passages copied from prisma/seed/sources, so these tests hold whatever happens to the seed.
describe('figures in the seed passages', () => {
  it('Axios: the parents not located, as of the October before the article', () => {
    const text =
      'Why it matters: At least 545 parents separated from their children at the U.S.-Mexico ' +
      'border under the now-reversed policy could not be located as of October.'
    expect(findFigures(text, { publishedOn: new Date('2021-01-14T00:00:00Z') })).toEqual([
      {
        qualifier: 'AT_LEAST', value: 545, low: 545, high: null, unit: 'parents', direction: null,
        text: 'At least 545 parents', start: 16, end: 36,
        period: { start: '2020-10-01', end: '2020-10-31', words: 'as of October' },
      },
    ])
    expect(findFigures(text)[0]?.period).toBeNull()
  })

  it('HSToday and Courthouse News: children separated, parents not found', () => {
    const [separated] = findFigures(
      'As a result, more than 3,000 children were separated from their families and issues remain.',
    )
    expect(separated).toMatchObject({ qualifier: 'MORE_THAN', value: 3000, low: 3000, high: null, unit: 'children' })
    const [unfound] = findFigures(
      'they have been unable to find the parents of 611 separated children, according NBC News.',
    )
    expect(unfound).toMatchObject({ qualifier: 'EXACT', value: 611, unit: 'children', text: '611 separated children' })
  })

  it('Mother Jones: percent changes with their direction', () => {
    const text =
      'TRAC’s analysis of the data shows that the number of immigration-related prosecutions filed ' +
      'along the border spiked by 79 percent between March and June. During the same period, the ' +
      'number of non-immigration prosecutions declined by 35 percent. Non-immigration offenses ' +
      'accounted for just 6 percent of prosecutions in districts along the Mexican border in June, ' +
      'compared to 14 percent in March.'
    expect(findFigures(text).map((f) => [f.text, f.value, f.unit, f.direction])).toEqual([
      ['79 percent', 79, 'percent', 'increase'],
      ['35 percent', 35, 'percent', 'decrease'],
      ['6 percent', 6, 'percent', null],
      ['14 percent', 14, 'percent', null],
    ])
  })

  it('the essay: bounds, approximations, fractions, and the noun "the number of" names', () => {
    const text =
      'when those drugs helped drive the number of overdose deaths in the United States above ' +
      '70,000. ... the number of new human-smuggling cases launched by Homeland Security ' +
      'Investigations dropped almost 60 percent. Likewise, the Human Smuggling Cell dropped to ' +
      'less than half the staff it had in 2016. ... higher than they were in any year in at least ' +
      'two decades'
    expect(findFigures(text).map((f) => [f.text, f.qualifier, f.value, f.low, f.high, f.unit, f.direction])).toEqual([
      ['above 70,000', 'MORE_THAN', 70000, 70000, null, 'deaths', null],
      ['almost 60 percent', 'ABOUT', 60, 54, 60, 'percent', 'decrease'],
      ['less than half', 'FEWER_THAN', 0.5, null, 0.5, 'fraction', null],
      ['at least two decades', 'AT_LEAST', 2, 2, null, 'decades', null],
    ])
  })
})

const SOURCES = fileURLToPath(new URL('../../prisma/seed/sources/', import.meta.url))

describe('figures in the seed source files', () => {
  const files = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'))

  it.each(files)('%s: offsets point at the phrase and no year or code leaks in', (file) => {
    const text = readFileSync(SOURCES + file, 'utf8')
    for (const figure of findFigures(text)) {
      expect(text.slice(figure.start, figure.end)).toBe(figure.text)
      expect(figure.text).not.toMatch(/\b(19|20)\d\d\b|1325|846/)
    }
  })
})
