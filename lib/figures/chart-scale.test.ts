import { describe, expect, it } from 'vitest'
import { monthTicks, niceTicks, timeLabel, valueScale } from './chart-scale'

const closed = (low: number, high: number) => ({ low, high, lowOpen: false, highOpen: false })

describe('niceTicks', () => {
  it('gives round steps covering the range', () => {
    expect(niceTicks(0, 13_000)).toEqual([0, 5000, 10000, 15000])
    expect(niceTicks(0, 800)).toEqual([0, 200, 400, 600, 800])
    expect(niceTicks(-35, 79)).toEqual([-50, 0, 50, 100])
    expect(niceTicks(5, 5)).toEqual([5])
  })
})

describe('valueScale', () => {
  it('starts at zero, leaves headroom above the largest value, and maps larger values higher', () => {
    const y = valueScale([closed(545, 545), { low: 611, high: Infinity, lowOpen: false, highOpen: true }], 200, 10)
    expect(y.ticks[0]).toBe(0)
    expect(y.ticks.at(-1)!).toBeGreaterThan(611)
    expect(y(0)).toBe(200)
    expect(y(611)).toBeLessThan(y(545))
  })

  it('takes negative values in', () => {
    const y = valueScale([closed(-35, -35), closed(79, 79)], 200, 10)
    expect(y.ticks[0]).toBeLessThanOrEqual(-35)
  })
})

describe('monthTicks', () => {
  it('uses months for a short span and years for a long one', () => {
    const ticks = monthTicks(Date.UTC(2018, 2, 1), Date.UTC(2018, 5, 30))
    expect(ticks.map((t) => timeLabel(t, ticks))).toEqual(['Mar 2018', 'Apr 2018', 'May 2018', 'Jun 2018'])
    const years = monthTicks(Date.UTC(2017, 5, 1), Date.UTC(2021, 1, 1))
    expect(years.map((t) => timeLabel(t, years))).toEqual(['2018', '2019', '2020', '2021'])
  })
})
