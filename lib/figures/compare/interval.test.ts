import { describe, expect, it } from 'vitest'

import type { FigureQualifier } from '../types'
import {
  figureInterval,
  formatInterval,
  intervalContains,
  intervalsOverlap,
  normalisedInterval,
  type ComparableFigure,
  type Interval,
} from './interval'

function stated(qualifier: FigureQualifier, value: number | null, low: number | null = null, high: number | null = null) {
  return { qualifier, value, low, high }
}

function figure(unit: string, ...args: Parameters<typeof stated>): ComparableFigure {
  return { id: 'f', unit, periodStart: null, periodEnd: null, ...stated(...args) }
}

const point = (n: number): Interval => ({ low: n, high: n, lowOpen: false, highOpen: false })

describe('figureInterval', () => {
  it('turns each qualifier into its interval', () => {
    expect(figureInterval(stated('EXACT', 611))).toEqual(point(611))
    expect(figureInterval(stated('RANGE', 5, 3, 7))).toEqual({ low: 3, high: 7, lowOpen: false, highOpen: false })
    expect(figureInterval(stated('AT_LEAST', 545, 545))).toEqual({ low: 545, high: Infinity, lowOpen: false, highOpen: true })
    expect(figureInterval(stated('MORE_THAN', 3000))).toEqual({ low: 3000, high: Infinity, lowOpen: true, highOpen: true })
    expect(figureInterval(stated('AT_MOST', 72, null, 72))).toEqual({ low: -Infinity, high: 72, lowOpen: true, highOpen: false })
    expect(figureInterval(stated('FEWER_THAN', 10))).toEqual({ low: -Infinity, high: 10, lowOpen: true, highOpen: true })
  })

  it('prefers the stored bound over the value for one-sided qualifiers', () => {
    expect(figureInterval(stated('AT_LEAST', 600, 545)).low).toBe(545)
    expect(figureInterval(stated('FEWER_THAN', 60, null, 50)).high).toBe(50)
  })

  it('gives ABOUT its stored bounds, else 5 percent either side', () => {
    expect(figureInterval(stated('ABOUT', 60, 54, 60))).toEqual({ low: 54, high: 60, lowOpen: false, highOpen: false })
    expect(figureInterval(stated('ABOUT', 70000))).toEqual({ low: 66500, high: 73500, lowOpen: false, highOpen: false })
    expect(figureInterval(stated('ABOUT', -40))).toEqual({ low: -42, high: -38, lowOpen: false, highOpen: false })
  })

  it('leaves a null side of a range open and orders reversed bounds', () => {
    expect(figureInterval(stated('RANGE', null, 3, null))).toEqual({ low: 3, high: Infinity, lowOpen: false, highOpen: true })
    expect(figureInterval(stated('RANGE', null, 7, 3))).toMatchObject({ low: 3, high: 7 })
    expect(figureInterval(stated('EXACT', null))).toEqual({ low: -Infinity, high: Infinity, lowOpen: true, highOpen: true })
  })
})

describe('normalisedInterval', () => {
  it('puts days in hours', () => {
    const { dimension, interval } = normalisedInterval(figure('days', 'RANGE', 5, 3, 7))
    expect(dimension.key).toBe('duration')
    expect(interval).toMatchObject({ low: 72, high: 168 })
  })

  it('turns a fraction into a percent share', () => {
    expect(normalisedInterval(figure('fraction', 'EXACT', 0.35)).interval).toEqual(point(35))
  })

  it('takes ABOUT tolerance of the converted value', () => {
    expect(normalisedInterval(figure('minutes', 'ABOUT', 120)).interval).toMatchObject({ low: 1.9, high: 2.1 })
  })
})

describe('intervalsOverlap', () => {
  const atLeast = figureInterval(stated('AT_LEAST', 545))
  const moreThan = figureInterval(stated('MORE_THAN', 3000))

  it('honours closed and open ends', () => {
    expect(intervalsOverlap(atLeast, point(545))).toBe(true)
    expect(intervalsOverlap(moreThan, point(3000))).toBe(false)
    expect(intervalsOverlap(moreThan, point(3001))).toBe(true)
    expect(intervalsOverlap(figureInterval(stated('FEWER_THAN', 10)), figureInterval(stated('AT_LEAST', 10)))).toBe(false)
    expect(intervalsOverlap(figureInterval(stated('AT_MOST', 10)), figureInterval(stated('AT_LEAST', 10)))).toBe(true)
  })

  it('works with negative values', () => {
    expect(intervalsOverlap(point(-35), point(79))).toBe(false)
    expect(intervalsOverlap(figureInterval(stated('ABOUT', -35)), point(-34))).toBe(true)
  })

  it('is what intervalContains says at a shared point', () => {
    expect(intervalContains(moreThan, 3000)).toBe(false)
    expect(intervalContains(atLeast, 545)).toBe(true)
  })
})

describe('formatInterval', () => {
  it.each([
    [stated('AT_LEAST', 545), 'parents', 'at least 545 parents'],
    [stated('MORE_THAN', 3000), 'children', 'more than 3,000 children'],
    [stated('RANGE', null, 72, 168), 'hours', '72 to 168 hours'],
    [stated('FEWER_THAN', 50), 'percent', 'fewer than 50 percent'],
    [stated('AT_MOST', 72), 'hours', 'at most 72 hours'],
    [stated('EXACT', 611), 'children', '611 children'],
    [stated('EXACT', 1234567.891), 'USD', '1,234,567.89 USD'],
    [stated('EXACT', -35), 'percent change', '-35 percent change'],
    [stated('EXACT', 70000), '', '70,000'],
    [stated('EXACT', null), 'deaths', 'any number of deaths'],
  ])('writes %o in %s as "%s"', (figureStated, unit, text) => {
    expect(formatInterval(figureInterval(figureStated), unit)).toBe(text)
  })

  it('names a half-open bounded interval by both ends', () => {
    expect(formatInterval({ low: 3, high: 7, lowOpen: true, highOpen: false }, 'days')).toBe('more than 3 and at most 7 days')
  })

  it('never writes minus zero', () => {
    expect(formatInterval(point(-0.001), 'percent')).toBe('0 percent')
  })
})
