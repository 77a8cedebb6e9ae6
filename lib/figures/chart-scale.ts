// Scales and ticks for the quantity chart. Pure, so it is unit-tested.
import type { Interval } from './compare'
import { formatShortMonth } from '../format'

export type Scale = { (x: number): number; ticks: number[] }

/** Round tick values from at or below min to at or above max, about `count` steps: 0, 2,000, 4,000, … */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (min === max) return [min]
  const raw = (max - min) / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const ticks: number[] = []
  const last = Math.ceil(max / step - 1e-9) * step
  for (let tick = Math.floor(min / step) * step; tick <= last + step * 1e-9; tick += step) ticks.push(Number(tick.toPrecision(12)))
  return ticks
}

/** The values an interval puts on the chart: its finite ends. */
function finiteEnds(interval: Interval): number[] {
  return [interval.low, interval.high].filter(Number.isFinite)
}

/**
 * A linear value scale onto [bottom, top] pixels (top < bottom), from 0 or below up to the
 * largest finite end, rounded out to tick values, with headroom for the arrows of open bounds.
 */
export function valueScale(intervals: Interval[], bottom: number, top: number): Scale {
  const values = intervals.flatMap(finiteEnds)
  const low = Math.min(0, ...values)
  const high = Math.max(0, ...values)
  const span = high - low || Math.abs(high) || 1
  const ticks = niceTicks(low, high + span * 0.25)
  const min = ticks[0] ?? low
  const max = ticks.at(-1) ?? high
  const range = max - min || 1
  const scale = (value: number) => bottom - ((value - min) / range) * (bottom - top)
  return Object.assign(scale, { ticks })
}

const DAY = 86_400_000
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120]

/** A time scale onto [left, right] pixels, padded by half a month (more for a single date). */
export function timeScale(times: number[], left: number, right: number): Scale {
  const pad = times.length > 0 && Math.min(...times) === Math.max(...times) ? 180 * DAY : 16 * DAY
  const min = Math.min(...times) - pad
  const max = Math.max(...times) + pad
  const scale = (time: number) => left + ((time - min) / (max - min)) * (right - left)
  return Object.assign(scale, { ticks: monthTicks(min, max) })
}

/** First days of months between min and max, spaced so there are at most five. */
export function monthTicks(min: number, max: number): number[] {
  const monthIndex = (time: number) => new Date(time).getUTCFullYear() * 12 + new Date(time).getUTCMonth()
  const step = MONTH_STEPS.find((s) => (monthIndex(max) - monthIndex(min)) / s <= 4) ?? 240
  const ticks: number[] = []
  // Aligned to the step (whole-year steps fall in January), so the labels read evenly.
  for (let m = Math.ceil(monthIndex(min) / step) * step; m <= monthIndex(max); m += step) {
    const tick = Date.UTC(Math.floor(m / 12), m % 12, 1)
    if (tick >= min && tick <= max) ticks.push(tick)
  }
  return ticks
}


/** "Mar 2018", or "2018" when the ticks are whole years apart. */
export function timeLabel(tick: number, ticks: number[]): string {
  const isYearly = ticks.length > 1 && ticks.every((t) => new Date(t).getUTCMonth() === 0)
  return isYearly ? String(new Date(tick).getUTCFullYear()) : formatShortMonth(tick)
}
