import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { FigureQualifier } from '../types'
import {
  figureInterval,
  intervalContains,
  intervalsOverlap,
  normalisedInterval,
  type ComparableFigure,
  type Interval,
} from './interval'
import { relateFigures } from './relate'

const QUALIFIERS: FigureQualifier[] = ['EXACT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'FEWER_THAN', 'ABOUT', 'RANGE']
const UNITS = ['children', 'child', 'parents', 'hours', 'days', 'minutes', 'percent change', 'percent', 'percent share', 'fraction']
const COUNT_NOUNS = ['children', 'parents', 'cases referred', 'deaths', 'recommendations', 'agents']

// Integers keep unit conversions exact, so a property failing means the rules, not rounding.
const amount = fc.integer({ min: -5000, max: 5000 })
const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null })

// Undated, one month of 2020, or a quarter: enough overlap and disjointness to exercise both.
const period = fc.oneof(
  fc.constant({ periodStart: null, periodEnd: null }),
  fc.integer({ min: 0, max: 11 }).map((m) => ({ periodStart: new Date(Date.UTC(2020, m, 1)), periodEnd: new Date(Date.UTC(2020, m + 1, 0)) })),
  fc.integer({ min: 0, max: 9 }).map((m) => ({ periodStart: new Date(Date.UTC(2020, m, 1)), periodEnd: new Date(Date.UTC(2020, m + 3, 0)) })),
)

function figureOf(id: string, units: readonly string[]): fc.Arbitrary<ComparableFigure> {
  return fc.record({
    qualifier: fc.constantFrom(...QUALIFIERS),
    value: maybe(amount),
    low: maybe(amount),
    high: maybe(amount),
    unit: fc.constantFrom(...units),
    period,
  }).map(({ period: p, ...rest }) => ({ id, ...rest, ...p }))
}

const quantityUnit = fc.constantFrom(null, undefined, 'children', 'percent change', 'hours')

const interval: fc.Arbitrary<Interval> = fc
  .tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true }), fc.boolean(), fc.boolean())
  // An infinite point such as [-∞, -∞] holds no number.
  .filter(([x, y]) => x !== y || Number.isFinite(x))
  .map(([x, y, lowOpen, highOpen]) => {
    const [low, high] = x <= y ? [x, y] : [y, x]
    const isPoint = low === high
    return {
      low, high,
      lowOpen: low === -Infinity || (!isPoint && lowOpen),
      highOpen: high === Infinity || (!isPoint && highOpen),
    }
  })

describe('intervalsOverlap', () => {
  it('is symmetric and reflexive for non-empty intervals', () => {
    fc.assert(fc.property(interval, interval, (a, b) => {
      expect(intervalsOverlap(a, b)).toBe(intervalsOverlap(b, a))
      expect(intervalsOverlap(a, a)).toBe(true)
    }))
  })
})

describe('figureInterval', () => {
  it('contains the stated value whenever the value lies within the stored bounds', () => {
    const gap = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null })
    fc.assert(fc.property(fc.constantFrom(...QUALIFIERS), amount, gap, gap, (qualifier, value, below, above) => {
      // MORE_THAN's low and FEWER_THAN's high are exclusive, and default to the value itself
      // ("more than 3,000" excludes 3,000): the value is within them only past a stored bound.
      const low = qualifier === 'MORE_THAN' ? value - (below ?? 0) - 1 : below === null ? null : value - below
      const high = qualifier === 'FEWER_THAN' ? value + (above ?? 0) + 1 : above === null ? null : value + above
      expect(intervalContains(figureInterval({ qualifier, value, low, high }), value)).toBe(true)
    }))
  })
})

describe('relateFigures', () => {
  it('does not depend on the order of its arguments', () => {
    // Same kind, isComparable and earlierId, and the same `change`: it says which way the later
    // figure went, which is the same figure whichever argument it is.
    fc.assert(fc.property(figureOf('a', UNITS), figureOf('b', UNITS), quantityUnit, (a, b, q) => {
      const ab = relateFigures(a, b, q)
      const ba = relateFigures(b, a, q)
      expect(ba).toEqual(ab)
    }))
  })

  it('gives the same relation whether durations are written in hours or minutes', () => {
    const inMinutes = (f: ComparableFigure): ComparableFigure => {
      const times60 = (n: number | null) => (n === null ? null : n * 60)
      return { ...f, unit: 'minutes', value: times60(f.value), low: times60(f.low), high: times60(f.high) }
    }
    fc.assert(fc.property(figureOf('a', ['hours']), figureOf('b', ['hours']), (a, b) => {
      expect(relateFigures(inMinutes(a), inMinutes(b))).toEqual(relateFigures(a, b))
    }))
  })

  it('never turns CONSISTENT into CONFLICT when either interval is widened', () => {
    const widen = (f: ComparableFigure, down: number, up: number): ComparableFigure => {
      const { low, high } = figureInterval(f)
      const finite = (n: number) => (Number.isFinite(n) ? n : null)
      return { ...f, qualifier: 'RANGE', value: null, low: finite(low - down), high: finite(high + up) }
    }
    const stretch = fc.integer({ min: 0, max: 1000 })
    fc.assert(fc.property(
      figureOf('a', UNITS), figureOf('b', UNITS), stretch, stretch, fc.boolean(), quantityUnit,
      (a, b, down, up, isWideningA, q) => {
        const before = relateFigures(a, b, q)
        const after = isWideningA ? relateFigures(widen(a, down, up), b, q) : relateFigures(a, widen(b, down, up), q)
        if (before.kind === 'CONSISTENT') expect(after.kind).not.toBe('CONFLICT')
      },
    ))
  })

  it('finds a figure consistent with a copy of itself', () => {
    fc.assert(fc.property(figureOf('a', UNITS), quantityUnit, (a, q) => {
      expect(relateFigures(a, { ...a, id: 'copy' }, q).kind).toBe('CONSISTENT')
    }))
  })

  it('always finds disjoint intervals of one unit in one period in conflict', () => {
    fc.assert(fc.property(
      figureOf('a', UNITS), figureOf('b', UNITS), period, quantityUnit,
      (a, b, p, q) => {
        const [x, y] = [{ ...a, ...p }, { ...b, ...p, unit: a.unit }]
        fc.pre(!intervalsOverlap(normalisedInterval(x, q).interval, normalisedInterval(y, q).interval))
        expect(relateFigures(x, y, q).kind).toBe('CONFLICT')
      },
    ))
  })

  it('never finds counts of different things consistent or in conflict', () => {
    const nouns = fc.uniqueArray(fc.constantFrom(...COUNT_NOUNS), { minLength: 2, maxLength: 2 })
    fc.assert(fc.property(figureOf('a', ['x']), figureOf('b', ['x']), nouns, quantityUnit, (a, b, [nounA, nounB], q) => {
      const relation = relateFigures({ ...a, unit: nounA ?? '' }, { ...b, unit: nounB ?? '' }, q)
      expect(['UPDATE', 'INCOMPARABLE']).toContain(relation.kind)
      expect(relation.isComparable).toBe(false)
    }))
  })
})
