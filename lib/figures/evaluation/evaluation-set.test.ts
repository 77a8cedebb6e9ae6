// The labelled set keeps to its own guide (README.md here), so that bench:reading measures the
// reader, not slips in the labels.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { labelledSpan, type EvaluationCase, type LabelledFigure } from '../../cli/reading-score'

const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.json')).sort()
const cases = files.flatMap((file) => (JSON.parse(readFileSync(path.join(import.meta.dirname, file), 'utf8')) as EvaluationCase[]).map((item) => ({ file, item })))
const figures = cases.flatMap(({ file, item }) => item.figures.map((figure) => ({ file, item, figure })))
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (day: string) => ISO_DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)
const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= Math.max(1e-4, 1e-4 * Math.abs(b))

/** The bounds the guide gives each qualifier, or null when they can be anything (a RANGE's ends). */
function boundsProblem(f: LabelledFigure): string | null {
  const v = f.value
  switch (f.qualifier) {
    case 'EXACT':
      return f.low === v && f.high === v ? null : 'an EXACT figure has low = high = value'
    case 'AT_LEAST':
    case 'MORE_THAN':
      return f.low === v && f.high === null ? null : `${f.qualifier} has low = value, high = null`
    case 'AT_MOST':
    case 'FEWER_THAN':
      return f.low === null && f.high === v ? null : `${f.qualifier} has low = null, high = value`
    case 'ABOUT':
      return (close(f.low, 0.95 * v) && close(f.high, 1.05 * v)) || (close(f.low, 0.9 * v) && f.high === v) ? null : 'ABOUT is [0.95, 1.05] × value, or [0.9, 1] × value for "nearly"'
    case 'RANGE':
      return f.low !== null && f.high !== null && f.low < f.high && close(v, (f.low + f.high) / 2) ? null : 'a RANGE has both ends and its midpoint as value'
  }
}

describe('the figure-reading evaluation set', () => {
  it('has at least 300 labelled figures, and cases that state none', () => {
    expect(figures.length).toBeGreaterThanOrEqual(300)
    expect(cases.filter(({ item }) => item.figures.length === 0).length).toBeGreaterThanOrEqual(20)
  })

  it('names every case once, with its source date', () => {
    const ids = cases.map(({ item }) => item.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { item } of cases) expect(isDay(item.date), item.id).toBe(true)
  })

  it('labels words that are in the text, in the order they appear', () => {
    for (const { item } of cases) {
      const starts = item.figures.map((figure) => labelledSpan(item.text, figure).start)
      expect(starts, item.id).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  it('gives each qualifier the bounds the guide defines', () => {
    const problems = figures.flatMap(({ item, figure }) => {
      const problem = boundsProblem(figure)
      return problem ? [`${item.id} “${figure.words}”: ${problem}`] : []
    })
    expect(problems).toEqual([])
  })

  it('writes periods as real days, start not after end, and units in lowercase but for currency codes', () => {
    const problems = figures.flatMap(({ item, figure }) => {
      const out: string[] = []
      if (figure.period && !(isDay(figure.period.start) && isDay(figure.period.end) && figure.period.start <= figure.period.end)) out.push(`${item.id}: period`)
      if (figure.unit !== null && figure.unit !== figure.unit.toLowerCase() && !/^[A-Z]{3}$/.test(figure.unit)) out.push(`${item.id}: unit ${figure.unit}`)
      return out
    })
    expect(problems).toEqual([])
  })
})
