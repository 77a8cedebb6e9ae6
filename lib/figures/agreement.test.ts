import { describe, expect, it } from 'vitest'
import { figureDisagreement, figureWordsProblem, readingSentence } from './agreement'

const exact = (value: number | string, unit: string) => ({ qualifier: 'EXACT' as const, value, low: value, high: value, unit })

describe('figureDisagreement', () => {
  it('refuses a made-up exact figure on words that state a bound, and reads the words', () => {
    const disagreement = figureDisagreement('more than 2,500 children', exact('2000', 'children'))
    expect(disagreement).toEqual({ reading: 'more than 2,500 children', readings: ['more than 2,500 children'], parts: ['value', 'qualifier', 'bounds'] })
    expect(readingSentence(disagreement!)).toBe('The quoted words read as: more than 2,500 children (the number, qualifier and bounds differ).')
  })

  it('is strict on the qualifier: an exact value where the words state a bound', () => {
    expect(figureDisagreement('more than 2,500 children', exact(2500, 'children'))?.parts).toEqual(['qualifier', 'bounds'])
    expect(figureDisagreement('more than 2,500 children', { qualifier: 'AT_LEAST', value: 2500, low: 2500, high: null, unit: 'children' })?.parts).toEqual(['qualifier', 'bounds'])
  })

  it('accepts a lower bound as the words state it, with numbers as strings, numbers or Decimals', () => {
    expect(figureDisagreement('At least 545 parents', { qualifier: 'AT_LEAST', value: '545', low: '545', high: null, unit: 'parents' })).toBeNull()
    const decimal = (n: string) => ({ toString: () => n })
    expect(figureDisagreement('At least 545 parents', { qualifier: 'AT_LEAST', value: decimal('545.000000'), low: decimal('545'), high: null, unit: 'parent' })).toBeNull()
  })

  it('stores a stated decrease as a negative percent change, and refuses the positive number', () => {
    const decrease = { qualifier: 'EXACT' as const, value: '-35', low: '-35', high: '-35', unit: 'percent change' }
    expect(figureDisagreement('prosecutions declined by 35 percent', decrease)).toBeNull()
    expect(figureDisagreement('prosecutions declined by 35 percent', { ...decrease, unit: 'percent' })).toBeNull()
    expect(figureDisagreement('prosecutions declined by 35 percent', exact(35, 'percent change'))).toMatchObject({ reading: '-35 percent change (“35 percent”)', parts: ['value', 'bounds'] })
  })

  it('reads a range in number words, bounds and midpoint', () => {
    expect(figureDisagreement('three to seven days', { qualifier: 'RANGE', value: 5, low: 3, high: 7, unit: 'days' })).toBeNull()
    expect(figureDisagreement('three to seven days', { qualifier: 'RANGE', value: 5, low: 3, high: 8, unit: 'days' })?.parts).toEqual(['bounds'])
    expect(figureDisagreement('three to seven days', { qualifier: 'RANGE', value: 120, low: 72, high: 168, unit: 'hours' })?.parts).toEqual(['value', 'bounds', 'unit'])
  })

  it('accepts "about 70,000" with the reader’s bounds or none typed, not with other bounds', () => {
    const about = { qualifier: 'ABOUT' as const, value: '70000', unit: 'people' }
    expect(figureDisagreement('about 70,000 people', { ...about, low: '66500', high: '73500' })).toBeNull()
    expect(figureDisagreement('about 70,000 people', { ...about, low: null, high: null })).toBeNull()
    expect(figureDisagreement('about 70,000 people', { ...about, low: '60000', high: '80000' })).toMatchObject({ reading: '66,500 to 73,500 people (“about 70,000 people”)', parts: ['bounds'] })
    expect(figureDisagreement('about 70,000 people', exact(70000, 'people'))?.parts).toEqual(['qualifier', 'bounds'])
  })

  it('reads number words', () => {
    expect(figureDisagreement('three recommendations', exact(3, 'recommendations'))).toBeNull()
    expect(figureDisagreement('three recommendations', exact(4, 'recommendations'))?.parts).toEqual(['value', 'bounds'])
  })

  it('finds no figure in words without a number', () => {
    const disagreement = figureDisagreement('Sessions underestimated how complicated it would be.', exact(3, 'children'))
    expect(disagreement).toEqual({ reading: null, readings: [], parts: ['value'] })
    expect(readingSentence(disagreement!)).toBe('The quoted words state no number.')
  })

  it('agrees with any of several figures the words state, and lists them all otherwise', () => {
    const words = '11,086 new cases in June, against 9,216 in May'
    expect(figureDisagreement(words, exact(9216, 'cases referred'))).toBeNull()
    expect(figureDisagreement(words, exact(11086, 'cases'))).toBeNull()
    expect(figureDisagreement(words, exact(6368, 'cases'))).toMatchObject({ reading: '11,086 cases (“11,086 new cases”)', readings: ['11,086 cases (“11,086 new cases”)', '9,216 cases (“9,216”)'], parts: ['value', 'bounds'] })
  })

  it('is lenient on a more specific unit, strict on a different one', () => {
    const words = 'the parents of 611 separated children'
    expect(figureDisagreement(words, exact(611, 'children'))).toBeNull()
    expect(figureDisagreement(words, exact(611, 'separated children'))).toBeNull()
    expect(figureDisagreement(words, exact(611, 'child'))).toBeNull()
    expect(figureDisagreement(words, exact(611, 'parents'))?.parts).toEqual(['unit'])
    expect(figureDisagreement('within 72 hours', exact(3, 'days'))?.parts).toEqual(['value', 'qualifier', 'bounds', 'unit'])
    expect(figureDisagreement('$500,000 in fines', exact(500000, 'dollars'))).toBeNull()
    // Words with no unit noun ("9,216 in May") leave the unit to the reviewer.
    expect(figureDisagreement('9,216 in May', exact(9216, 'cases referred'))).toBeNull()
  })
})

describe('figureWordsProblem', () => {
  const madeUp = { ...exact(2000, 'children'), derivation: null }

  it('gives an editor the reading when a figure without a reason disagrees', () => {
    expect(figureWordsProblem(madeUp, 'more than 2,500 children')).toBe(
      'Disagrees with its words: “2,000 children” is entered, but the quoted words read as: more than 2,500 children (the number, qualifier and bounds differ). Give a reason or correct it.',
    )
  })

  it('is null when the figure agrees, or says how it is derived from the words', () => {
    expect(figureWordsProblem({ ...madeUp, qualifier: 'MORE_THAN', value: 2500, low: 2500, high: null }, 'more than 2,500 children')).toBeNull()
    expect(figureWordsProblem({ ...madeUp, value: 600, derivation: 'two thirds of 900' }, 'two thirds of the 900 children')).toBeNull()
    expect(figureWordsProblem({ ...madeUp, derivation: '   ' }, 'more than 2,500 children')).not.toBeNull()
  })
})
