import { describe, expect, it } from 'vitest'
import { emptyTallies, precision, recall, scoreCase, unitKey, type EvaluationCase, type Miss, type Reading } from './reading-score'

const CASE: EvaluationCase = {
  id: 't-1',
  origin: 'written',
  date: '2024-03-15',
  text: 'The agency reunited 1,400 of the 2,000 children by June, about 70 percent.',
  figures: [
    { words: '1,400', value: 1400, qualifier: 'EXACT', low: 1400, high: 1400, unit: 'children', period: { start: '2024-06-30', end: '2024-06-30' } },
    { words: '2,000 children', value: 2000, qualifier: 'EXACT', low: 2000, high: 2000, unit: 'children', period: null },
    { words: 'about 70 percent', value: 70, qualifier: 'ABOUT', low: 66.5, high: 73.5, unit: 'percent', period: null },
  ],
}

const at = (words: string) => ({ start: CASE.text.indexOf(words), end: CASE.text.indexOf(words) + words.length })

describe('scoreCase', () => {
  it('matches readings to labels by their words and scores each field, precision over what was read', () => {
    const readings: Reading[] = [
      { ...at('1,400'), value: 1400, qualifier: 'EXACT', low: 1400, high: 1400, unit: null, period: null },
      { ...at('2,000 children'), value: 2000, qualifier: 'EXACT', low: 2000, high: 2000, unit: 'child', period: null },
      { ...at('70 percent'), value: 70, qualifier: 'EXACT', low: 70, high: 70, unit: 'percent', period: null },
      { ...at('June'), value: 6, qualifier: 'EXACT', low: 6, high: 6, unit: null, period: null },
    ]
    const tallies = emptyTallies()
    const misses: Miss[] = []
    scoreCase(CASE, readings, tallies, misses)
    expect(tallies.mention).toEqual({ correct: 3, said: 4, labelled: 3 })
    expect(tallies.value).toEqual({ correct: 3, said: 4, labelled: 3 })
    expect(tallies.qualifier).toEqual({ correct: 2, said: 4, labelled: 3 })
    expect(tallies.bounds.correct).toBe(2)
    // "children" read as "child" agrees; the 1,400 whose noun is elsewhere was not given one.
    expect(tallies.unit).toEqual({ correct: 2, said: 2, labelled: 3 })
    expect(tallies.period).toEqual({ correct: 0, said: 0, labelled: 1 })
    expect(precision(tallies.mention)).toBe(0.75)
    expect(recall(tallies.unit)).toBeCloseTo(2 / 3)
    expect(misses.map((m) => `${m.field} ${m.words}`)).toEqual(['mention June', 'unit 1,400', 'period 1,400', 'qualifier about 70 percent', 'bounds about 70 percent'])
  })

  it('counts a label no reading overlaps as missed, and refuses words that are not in the text', () => {
    const tallies = emptyTallies()
    scoreCase(CASE, [], tallies, [])
    expect(tallies.mention).toEqual({ correct: 0, said: 0, labelled: 3 })
    expect(() => scoreCase({ ...CASE, figures: [{ ...CASE.figures[0]!, words: '1,500' }] }, [], emptyTallies(), [])).toThrow(/not in the text/)
  })
})

describe('unitKey', () => {
  it.each([
    ['hours', 'hour'],
    ['children', 'child'],
    ['Prosecutions', 'prosecution'],
    ['families', 'family'],
    ['percentage points', 'percentage point'],
    ['percent', 'percent'],
    ['USD', 'usd'],
    ['witnesses', 'witness'],
  ])('%s → %s', (unit, key) => expect(unitKey(unit)).toBe(key))
})
