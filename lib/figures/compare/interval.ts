import { ABOUT_TOLERANCE } from '../qualifiers'
import type { FigureQualifier } from '../types'
import { tidy, toBaseUnit, unitDimension, type Dimension } from './units'
import { formatNumber } from '../../format'

export type ComparableFigure = {
  id: string
  qualifier: FigureQualifier
  value: number | null
  low: number | null
  high: number | null
  unit: string
  periodStart: Date | null
  periodEnd: Date | null
}

/** ±Infinity for an open side. */
export type Interval = { low: number; high: number; lowOpen: boolean; highOpen: boolean }

type Stated = Pick<ComparableFigure, 'qualifier' | 'value' | 'low' | 'high'>

const UNBOUNDED: Interval = { low: -Infinity, high: Infinity, lowOpen: true, highOpen: true }

function closed(low: number | null, high: number | null): Interval {
  const lo = low ?? -Infinity
  const hi = high ?? Infinity
  // A range typed the wrong way round still means the numbers between its ends.
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo]
  return { low: a, high: b, lowOpen: a === -Infinity, highOpen: b === Infinity }
}

function above(bound: number | null, isExclusive: boolean): Interval {
  if (bound === null) return UNBOUNDED
  return { low: bound, high: Infinity, lowOpen: isExclusive, highOpen: true }
}

function below(bound: number | null, isExclusive: boolean): Interval {
  if (bound === null) return UNBOUNDED
  return { low: -Infinity, high: bound, lowOpen: true, highOpen: isExclusive }
}

/**
 * The numbers a figure allows, in its own unit. EXACT is [value, value]; RANGE [low, high];
 * AT_LEAST [low ?? value, +∞) and MORE_THAN the same with the low end excluded; AT_MOST
 * (−∞, high ?? value] and FEWER_THAN the same with the high end excluded; ABOUT is [low, high]
 * when both are stored, else value ± ABOUT_TOLERANCE·|value|. A null side is open (±∞), and a
 * figure with nothing stored allows any number.
 */
export function figureInterval(figure: Stated): Interval {
  const { value, low, high } = figure
  switch (figure.qualifier) {
    case 'EXACT': {
      const point = value ?? low ?? high
      return point === null ? UNBOUNDED : closed(point, point)
    }
    case 'RANGE':
      return closed(low, high)
    case 'AT_LEAST':
      return above(low ?? value, false)
    case 'MORE_THAN':
      return above(low ?? value, true)
    case 'AT_MOST':
      return below(high ?? value, false)
    case 'FEWER_THAN':
      return below(high ?? value, true)
    case 'ABOUT': {
      if ((low !== null && high !== null) || value === null) return closed(low, high)
      const spread = ABOUT_TOLERANCE * Math.abs(value)
      return closed(tidy(value - spread), tidy(value + spread))
    }
  }
}

function inBase(n: number | null, dimension: Dimension): number | null {
  return n === null ? null : toBaseUnit(n, dimension)
}

/** The figure's interval in its dimension's base unit ("3 to 7 days" → 72 to 168 hours). */
export function normalisedInterval(
  figure: ComparableFigure,
  quantityUnit?: string | null,
): { dimension: Dimension; interval: Interval } {
  const dimension = unitDimension(figure.unit, quantityUnit)
  // Convert the stored numbers first, so ABOUT's tolerance is taken of the converted value
  // and a figure means the same whichever unit it was written in.
  const interval = figureInterval({
    qualifier: figure.qualifier,
    value: inBase(figure.value, dimension),
    low: inBase(figure.low, dimension),
    high: inBase(figure.high, dimension),
  })
  return { dimension, interval }
}

/** Whether x is one of the numbers the interval allows. */
export function intervalContains(interval: Interval, x: number): boolean {
  const isAboveLow = interval.low < x || (interval.low === x && !interval.lowOpen)
  const isBelowHigh = x < interval.high || (x === interval.high && !interval.highOpen)
  return isAboveLow && isBelowHigh
}

/** Whether some number is in both: "more than 3,000" and "3,000" share none, "at least 545" and "545" do. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const low = Math.max(a.low, b.low)
  const high = Math.min(a.high, b.high)
  if (low !== high) return low < high
  return intervalContains(a, low) && intervalContains(b, low)
}

export function intervalsEqual(a: Interval, b: Interval): boolean {
  return a.low === b.low && a.high === b.high && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen
}

/** "611 children", "at least 545 parents", "more than 3,000 children", "72 to 168 hours". */
export function formatInterval(interval: Interval, unit: string): string {
  const { low, high, lowOpen, highOpen } = interval
  const isLowFinite = Number.isFinite(low)
  const isHighFinite = Number.isFinite(high)
  const lowWords = `${lowOpen ? 'more than' : 'at least'} ${formatNumber(low)}`
  const highWords = `${highOpen ? 'fewer than' : 'at most'} ${formatNumber(high)}`
  let words: string
  if (!isLowFinite && !isHighFinite) words = unit.trim() === '' ? 'any number' : 'any number of'
  else if (!isHighFinite) words = lowWords
  else if (!isLowFinite) words = highWords
  else if (low === high) words = formatNumber(low)
  else if (!lowOpen && !highOpen) words = `${formatNumber(low)} to ${formatNumber(high)}`
  else words = `${lowWords} and ${highWords}`
  return unit.trim() === '' ? words : `${words} ${unit.trim()}`
}
