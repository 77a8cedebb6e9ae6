import { describe, expect, it } from 'vitest'
import type { ComparableFigure } from './interval'
import { neighbourSteps } from './steps'

const day = (text: string) => new Date(`${text}T00:00:00Z`)
const fig = (id: string, start: string | null, end: string | null = start): ComparableFigure => ({
  id, qualifier: 'EXACT', value: 1, low: null, high: null, unit: 'cases',
  periodStart: start === null ? null : day(start), periodEnd: end === null ? null : day(end),
})

describe('neighbourSteps', () => {
  it('links each figure to the ones just before it, not to those further back', () => {
    const figures = [fig('june', '2018-06-01', '2018-06-30'), fig('march', '2018-03-01', '2018-03-31'), fig('may', '2018-05-01', '2018-05-31')]
    expect(neighbourSteps(figures)).toEqual([['march', 'may'], ['may', 'june']])
  })

  it('treats figures of overlapping periods as one step, and skips undated figures', () => {
    const figures = [fig('oct', '2020-10-01', '2020-10-31'), fig('nbc', '2021-01-01', '2021-01-31'), fig('times', '2021-01-01', '2021-01-31'), fig('undated', null), fig('feb', '2021-02-01', '2021-02-28')]
    const steps = neighbourSteps(figures)
    expect(steps).toEqual(expect.arrayContaining([['oct', 'nbc'], ['oct', 'times'], ['nbc', 'feb'], ['times', 'feb']]))
    expect(steps).toHaveLength(4)
  })

  it('keeps a long period that ends late as a step of the next figure', () => {
    const figures = [fig('year', '2020-01-01', '2020-12-31'), fig('june', '2020-06-01', '2020-06-30'), fig('next', '2021-01-01', '2021-01-31')]
    // June lies inside the year, not between the year and January 2021.
    expect(neighbourSteps(figures)).toEqual(expect.arrayContaining([['year', 'next'], ['june', 'next']]))
  })

  it('stops at the limit', () => {
    const figures = Array.from({ length: 10 }, (_, i) => fig(`m${i}`, `2020-${String(i + 1).padStart(2, '0')}-01`))
    expect(neighbourSteps(figures, 3)).toEqual([['m0', 'm1'], ['m1', 'm2'], ['m2', 'm3']])
  })
})
