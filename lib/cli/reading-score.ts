// Scores the figure reader against the labelled evaluation set (lib/figures/evaluation/): each
// labelled figure is matched to the reading whose words overlap it most, then every field of the
// match is compared. Precision is over what the reader said, recall over what the labels say.
import type { FoundFigure } from '../figures/types'

export type Period = { start: string; end: string }

/** A figure as the labels and the reader both give it: where its words are, and what they say. */
export type Reading = Pick<FoundFigure, 'start' | 'end' | 'value' | 'qualifier' | 'low' | 'high' | 'unit'> & { period: Period | null }

export type LabelledFigure = Omit<Reading, 'start' | 'end'> & { words: string; occurrence?: number }
export type EvaluationCase = { id: string; origin: string; date: string; text: string; figures: LabelledFigure[] }

export const FIELDS = ['mention', 'value', 'qualifier', 'bounds', 'unit', 'period'] as const
export type Field = (typeof FIELDS)[number]

/** How many readings and labels state the field, and how many of them agree. */
export type Tally = { correct: number; said: number; labelled: number }
export type Miss = { caseId: string; field: Field; words: string; expected: string; read: string }

/** Where the labelled words stand in the text (their `occurrence`-th appearance). */
export function labelledSpan(text: string, figure: LabelledFigure): { start: number; end: number } {
  let at = -1
  for (let n = 0; n < (figure.occurrence ?? 1); n++) {
    at = text.indexOf(figure.words, at + 1)
    if (at === -1) throw new Error(`"${figure.words}" is not in the text ${figure.occurrence ?? 1} times`)
  }
  return { start: at, end: at + figure.words.length }
}

/** Equal up to the 4 decimals labels are rounded to. */
const isClose = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= Math.max(5e-5, 1e-6 * Math.abs(b)))

const IRREGULAR: Record<string, string> = { children: 'child', people: 'person', men: 'man', women: 'woman', teeth: 'tooth', feet: 'foot', mice: 'mouse', persons: 'person' }

/** A unit with its number folded away: "hours" and "hour", "children" and "child" are one unit. */
export function unitKey(unit: string): string {
  const words = unit.trim().toLowerCase().split(/\s+/)
  const last = words.pop()!
  const singular =
    IRREGULAR[last] ??
    (/ies$/.test(last) ? last.replace(/ies$/, 'y') : /(ches|shes|sses|xes)$/.test(last) ? last.slice(0, -2) : /[^s]s$/.test(last) ? last.slice(0, -1) : last)
  return [...words, singular].join(' ')
}

const sameUnit = (a: string | null, b: string | null) => (a === null || b === null ? a === b : unitKey(a) === unitKey(b))
const samePeriod = (a: Period | null, b: Period | null) => (a === null || b === null ? a === b : a.start === b.start && a.end === b.end)

const show = {
  value: (f: Omit<Reading, 'start' | 'end'>) => String(f.value),
  qualifier: (f: Omit<Reading, 'start' | 'end'>) => f.qualifier,
  bounds: (f: Omit<Reading, 'start' | 'end'>) => `[${f.low ?? '–'}, ${f.high ?? '–'}]`,
  unit: (f: Omit<Reading, 'start' | 'end'>) => f.unit ?? 'none',
  period: (f: Omit<Reading, 'start' | 'end'>) => (f.period ? `${f.period.start}..${f.period.end}` : 'none'),
}

/** Whether a reading states the field at all (a unit or period may be left out). */
const states = (field: Field, f: Omit<Reading, 'start' | 'end'>) => (field === 'unit' ? f.unit !== null : field === 'period' ? f.period !== null : true)

function agrees(field: Exclude<Field, 'mention'>, read: Omit<Reading, 'start' | 'end'>, label: Omit<Reading, 'start' | 'end'>): boolean {
  if (field === 'value') return isClose(read.value, label.value)
  if (field === 'qualifier') return read.qualifier === label.qualifier
  if (field === 'bounds') return isClose(read.low, label.low) && isClose(read.high, label.high)
  if (field === 'unit') return sameUnit(read.unit, label.unit)
  return samePeriod(read.period, label.period)
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** Adds one case's readings to the tallies, and names each disagreement in `misses`. */
export function scoreCase(item: EvaluationCase, readings: Reading[], tallies: Record<Field, Tally>, misses: Miss[]): void {
  const taken = new Set<number>()
  const pairs: Array<{ label: LabelledFigure; read: Reading | null }> = item.figures.map((label) => {
    const span = labelledSpan(item.text, label)
    let best = -1
    readings.forEach((read, index) => {
      if (taken.has(index) || overlap(read, span) === 0) return
      if (best === -1 || overlap(read, span) > overlap(readings[best]!, span)) best = index
    })
    if (best !== -1) taken.add(best)
    return { label, read: best === -1 ? null : readings[best]! }
  })
  for (const field of FIELDS) {
    const tally = tallies[field]
    tally.said += field === 'mention' ? readings.length : readings.filter((read) => states(field, read)).length
    tally.labelled += field === 'mention' ? item.figures.length : item.figures.filter((label) => states(field, label)).length
  }
  readings.forEach((read, index) => {
    if (!taken.has(index)) misses.push({ caseId: item.id, field: 'mention', words: item.text.slice(read.start, read.end), expected: 'no figure', read: show.value(read) })
  })
  for (const { label, read } of pairs) {
    if (read === null) {
      misses.push({ caseId: item.id, field: 'mention', words: label.words, expected: show.value(label), read: 'not read' })
      continue
    }
    tallies.mention.correct++
    for (const field of FIELDS.slice(1) as Array<Exclude<Field, 'mention'>>) {
      // A unit or period that neither side states is no evidence either way.
      if (!states(field, label) && !states(field, read)) continue
      if (agrees(field, read, label)) tallies[field].correct++
      else misses.push({ caseId: item.id, field, words: label.words, expected: show[field](label), read: show[field](read) })
    }
  }
}

export const emptyTallies = (): Record<Field, Tally> => Object.fromEntries(FIELDS.map((field) => [field, { correct: 0, said: 0, labelled: 0 }])) as Record<Field, Tally>

export const precision = (t: Tally) => (t.said === 0 ? 0 : t.correct / t.said)
export const recall = (t: Tally) => (t.labelled === 0 ? 0 : t.correct / t.labelled)
