import { describe, expect, it } from 'vitest'

import type { ComparableFigure } from './interval'
import { relateFigures, relationsOf } from './relate'

/** The whole of one month, as a period is stored: UTC midnights, both days inclusive. */
function month(year: number, monthNumber: number) {
  return {
    periodStart: new Date(Date.UTC(year, monthNumber - 1, 1)),
    periodEnd: new Date(Date.UTC(year, monthNumber, 0)),
  }
}

const UNDATED = { periodStart: null, periodEnd: null }

function fig(id: string, fields: Partial<ComparableFigure>): ComparableFigure {
  return { id, qualifier: 'EXACT', value: null, low: null, high: null, unit: 'children', ...UNDATED, ...fields }
}

describe('relateFigures: the seeded examples', () => {
  const parents545 = fig('aclu', { qualifier: 'AT_LEAST', value: 545, low: 545, unit: 'parents', ...month(2020, 10) })
  const children611 = fig('nbc', { value: 611, unit: 'children', ...month(2021, 1) })

  it('makes a later count of children an update of a count of parents, without comparing them', () => {
    const relation = { kind: 'UPDATE', isComparable: false, earlierId: 'aclu', change: null }
    expect(relateFigures(parents545, children611, 'parents')).toEqual(relation)
    expect(relateFigures(children611, parents545, 'parents')).toEqual(relation)
  })

  it('finds two undated "more than 3,000 children" consistent', () => {
    const a = fig('a', { qualifier: 'MORE_THAN', value: 3000, low: 3000 })
    const b = fig('b', { qualifier: 'MORE_THAN', value: 3000, low: 3000 })
    expect(relateFigures(a, b)).toEqual({ kind: 'CONSISTENT', isComparable: true, earlierId: null, change: null })
  })

  it('sees CBP referrals rise from March to May 2018', () => {
    const march = fig('march', { value: 6368, unit: 'cases referred', ...month(2018, 3) })
    const may = fig('may', { value: 9216, unit: 'cases referred', ...month(2018, 5) })
    const relation = { kind: 'UPDATE', isComparable: true, earlierId: 'march', change: 'ROSE' }
    expect(relateFigures(march, may)).toEqual(relation)
    expect(relateFigures(may, march)).toEqual(relation)
  })

  it('finds 72 hours consistent with three to seven days', () => {
    const hours = fig('hours', { value: 72, unit: 'hours' })
    const days = fig('days', { qualifier: 'RANGE', value: 5, low: 3, high: 7, unit: 'days' })
    expect(relateFigures(hours, days, 'hours').kind).toBe('CONSISTENT')
  })

  it('finds 611 and 700 children in January 2021 in conflict', () => {
    const b = fig('b', { value: 700, ...month(2021, 1) })
    expect(relateFigures(children611, b)).toEqual({ kind: 'CONFLICT', isComparable: true, earlierId: null, change: null })
  })

  it('finds a rise of 79 percent and a fall of 35 percent in conflict, and never compares a change with a share', () => {
    const rise = fig('rise', { value: 79, unit: 'percent change', ...month(2019, 5) })
    const fall = fig('fall', { value: -35, unit: 'percent change', ...month(2019, 5) })
    const share = fig('share', { value: 79, unit: 'percent share', ...month(2019, 5) })
    expect(relateFigures(rise, fall).kind).toBe('CONFLICT')
    expect(relateFigures(rise, share)).toEqual({ kind: 'INCOMPARABLE', isComparable: false, earlierId: null, change: null })
  })
})

describe('relateFigures: periods', () => {
  const early = fig('early', { value: 10, ...month(2020, 1) })

  it('treats an undated figure as coinciding with any period', () => {
    expect(relateFigures(early, fig('undated', { value: 12 })).kind).toBe('CONFLICT')
    expect(relateFigures(early, fig('undated', { qualifier: 'AT_LEAST', value: 5 })).kind).toBe('CONSISTENT')
  })

  it('treats overlapping day ranges as the same period', () => {
    const quarter = { periodStart: new Date(Date.UTC(2020, 0, 31)), periodEnd: new Date(Date.UTC(2020, 2, 31)) }
    expect(relateFigures(early, fig('q', { value: 10, ...quarter })).earlierId).toBeNull()
  })

  it('calls identical intervals in different periods consistent, and otherwise reports the change', () => {
    const later = (value: number) => fig('later', { value, ...month(2020, 2) })
    expect(relateFigures(early, later(10))).toEqual({ kind: 'CONSISTENT', isComparable: true, earlierId: 'early', change: null })
    expect(relateFigures(early, later(8)).change).toBe('FELL')
    const atLeast = fig('later', { qualifier: 'AT_LEAST', value: 10, ...month(2020, 2) })
    expect(relateFigures(early, atLeast)).toMatchObject({ kind: 'UPDATE', change: 'SAME' })
  })

  it('takes the midpoint or the finite bound when no value is stored', () => {
    const range = fig('later', { qualifier: 'RANGE', low: 6, high: 8, ...month(2020, 2) })
    expect(relateFigures(early, range).change).toBe('FELL')
    const atLeast = fig('later', { qualifier: 'AT_LEAST', low: 11, ...month(2020, 2) })
    expect(relateFigures(early, atLeast).change).toBe('ROSE')
  })

  it('compares signed percent changes by their sign', () => {
    const fall = fig('fall', { value: -35, unit: 'percent change', ...month(2019, 1) })
    const rise = fig('rise', { value: 79, unit: 'percent', ...month(2019, 6) })
    expect(relateFigures(fall, rise, 'percent change')).toMatchObject({ kind: 'UPDATE', isComparable: true, change: 'ROSE' })
  })
})

describe('relationsOf', () => {
  it('relates a figure to each other figure and skips itself', () => {
    const a = fig('a', { value: 1 })
    const others = [a, fig('b', { value: 1 }), fig('c', { value: 2 })]
    expect(relationsOf(a, others).map((r) => [r.otherId, r.kind])).toEqual([['b', 'CONSISTENT'], ['c', 'CONFLICT']])
  })
})
