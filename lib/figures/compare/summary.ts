import { figureInterval, formatInterval, type ComparableFigure } from './interval'
import type { Relation } from './relate'
import { unitDimension } from './units'
import { formatNumber } from '../../format'
import { formatPeriod } from '../period-words'

export type DescribedFigure = ComparableFigure & { sourceName: string; periodLabel: string | null }
type PairRelation = Relation & { aId: string; bId: string }

// A label that already starts with a preposition ("as of October 2020") reads without "In".
const LEADS_WITH_PREPOSITION = /^(as|in|on|at|by|for|from|since|between|during|through|until|before|after|over|up)\b/i

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const listWords = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

function periodDays(figure: ComparableFigure): [string, string] | null {
  const start = figure.periodStart ?? figure.periodEnd
  const end = figure.periodEnd ?? figure.periodStart
  if (start === null || end === null || Number.isNaN(start.getTime() + end.getTime())) return null
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)]
}

/** The figure's period as the pages say it (lib/figures/period-words.ts); null when undated. */
function datedWords(figure: ComparableFigure): string | null {
  return periodDays(figure) === null ? null : formatPeriod(figure.periodStart, figure.periodEnd)
}

function periodWords(figure: DescribedFigure): string {
  return figure.periodLabel?.trim() || datedWords(figure) || 'undated'
}

function opening(figure: DescribedFigure): string {
  const label = figure.periodLabel?.trim()
  const dated = datedWords(figure)
  let when = 'Undated'
  if (label) when = LEADS_WITH_PREPOSITION.test(label) ? capitalise(label) : `In ${label}`
  else if (dated) when = dated.includes(' to ') ? `From ${dated}` : /\d, \d{4}$/.test(dated) ? `On ${dated}` : `In ${dated}`
  return `${when} (${figure.sourceName})`
}

const figureWords = (f: DescribedFigure) => formatInterval(figureInterval(f), f.unit)
/** "611 children (NBC News, January 2021)": value, source and period. */
const cite = (f: DescribedFigure) => `${figureWords(f)} (${f.sourceName}, ${periodWords(f)})`

/** What a figure measures, as a verb and its object: ['counts', 'children'], ['is', 'a percent change']. */
function measures(figure: DescribedFigure, quantityUnit?: string | null): [string, string] {
  const { key, baseUnit } = unitDimension(figure.unit, quantityUnit)
  const unit = figure.unit.trim() || baseUnit
  if (key.startsWith('count:')) return ['counts', unit]
  if (key === 'duration') return ['is', 'a duration']
  if (key.startsWith('currency:')) return ['is', `in ${baseUnit}`]
  if (key === 'percentage-points') return ['is', 'in percentage points']
  if (key === 'percent') return ['is', 'a percent']
  return ['is', `a ${key.replace(/^percent[-:]/, 'percent ')}`]
}

/** "counts children, not parents": how b is counted differently from a. */
function contrast(a: DescribedFigure, b: DescribedFigure, quantityUnit?: string | null): string {
  const [verbA, whatA] = measures(a, quantityUnit)
  const [verbB, whatB] = measures(b, quantityUnit)
  return verbA === verbB ? `${verbB} ${whatB}, not ${whatA}` : `${verbB} ${whatB} while the other ${verbA} ${whatA}`
}

const LATER_CHANGE = { ROSE: '; the figure rose', FELL: '; the figure fell', SAME: '; the figure is unchanged' }
const EARLIER_CHANGE = { ROSE: '; the figure later rose', FELL: '; the figure later fell', SAME: '; the figure later stayed the same' }

/** One sentence on how b relates to a, e.g. "In January 2021 (NBC News), 611 children, a later figure; it counts children, not parents, so the values are not compared." */
export function describeRelation(
  relation: Relation,
  a: DescribedFigure,
  b: DescribedFigure,
  quantityUnit?: string | null,
): string {
  const head = `${opening(b)}, ${figureWords(b)}`
  const isBLater = relation.earlierId === a.id
  const order = isBLater ? 'a later figure' : 'an earlier figure'
  const change = relation.change === null ? '' : (isBLater ? LATER_CHANGE : EARLIER_CHANGE)[relation.change]
  switch (relation.kind) {
    case 'CONSISTENT':
      if (relation.earlierId === null) return `${head}, consistent with ${cite(a)}.`
      return `${head}, ${order}, the same as ${cite(a)}.`
    case 'CONFLICT': {
      const [da, db] = [periodDays(a)?.join(), periodDays(b)?.join()]
      const when = !da || !db ? '' : da === db ? ' for the same period' : ' for an overlapping period'
      return `${head}, in conflict with ${cite(a)}${when}.`
    }
    case 'INCOMPARABLE':
      return `${head}; it ${contrast(a, b, quantityUnit)}, so it is not compared with ${cite(a)}.`
    case 'UPDATE':
      if (!relation.isComparable) return `${head}, ${order}; it ${contrast(a, b, quantityUnit)}, so the values are not compared.`
      return `${head}, ${order} than ${cite(a)}${change}.`
  }
}

type Pair = { relation: PairRelation; a: DescribedFigure; b: DescribedFigure }

/** Groups of figures joined by CONSISTENT relations, in the order the figures are listed. */
function agreeingGroups(figures: readonly DescribedFigure[], consistent: readonly Pair[]): DescribedFigure[][] {
  const group = new Map(figures.map((f) => [f.id, f.id]))
  const root = (id: string): string => {
    const parent = group.get(id) ?? id
    return parent === id ? id : root(parent)
  }
  for (const { a, b } of consistent) group.set(root(b.id), root(a.id))
  const members = new Map<string, DescribedFigure[]>()
  for (const f of figures) members.set(root(f.id), [...(members.get(root(f.id)) ?? []), f])
  return [...members.values()].filter((list) => list.length > 1)
}

/** How many relations of each kind a quantity has, of which the summary may be given only some. */
export type SummaryCounts = { consistent: number; update: number; conflict: number; comparable: number }

/** The most sentences of one kind (agreements, updates, conflicts) a summary says; the rest are counted. */
export const SUMMARY_SENTENCES = 10

const more = (n: number, one: string, many: string) => (n === 1 ? `One more ${one}.` : `${formatNumber(n)} more ${many}.`)

/**
 * A few plain sentences for a quantity page: how many figures and sources; which are stated in
 * ways that are not compared; which agree; which update which (only direct steps, so a series of
 * four reads as three updates); and which conflict, naming values, sources and periods.
 *
 * `relations` may be a bounded selection (a quantity of n figures has n(n-1)/2 pairs): `counts`
 * gives the totals, and what the selection leaves out, or past SUMMARY_SENTENCES, is counted
 * rather than told. Agreeing groups are told only when every consistent pair is given.
 */
export function summariseQuantity(
  figures: readonly DescribedFigure[],
  relations: ReadonlyArray<PairRelation>,
  counts: SummaryCounts,
  quantityUnit?: string | null,
): string[] {
  if (figures.length === 0) return ['No figures have been recorded for this quantity yet.']
  const byId = new Map(figures.map((f) => [f.id, f]))
  const pairs = relations.flatMap((relation): Pair[] => {
    const [a, b] = [byId.get(relation.aId), byId.get(relation.bId)]
    return a !== undefined && b !== undefined && a !== b ? [{ relation, a, b }] : []
  })
  const sources = [...new Set(figures.map((f) => f.sourceName))]
  const sentences = [`${plural(figures.length, 'figure')} from ${plural(sources.length, 'source')} (${listWords(sources)}).`]

  const ways = new Map<string, string>()
  for (const f of figures) {
    const dimension = unitDimension(f.unit, quantityUnit)
    if (!ways.has(dimension.key)) ways.set(dimension.key, f.unit.trim() || dimension.baseUnit || 'no unit')
  }
  if (ways.size > 1) {
    sentences.push(`They are stated in ${ways.size} different ways (${listWords([...ways.values()])}), which are not compared with each other.`)
  }

  const consistent = pairs.filter((p) => p.relation.kind === 'CONSISTENT')
  if (counts.consistent > consistent.length) {
    sentences.push(`${formatNumber(counts.consistent)} pairs of figures agree.`)
  } else {
    const agreements: string[] = []
    const agree = (x: DescribedFigure, y: DescribedFigure) =>
      x === y || consistent.some(({ a, b }) => (a === x && b === y) || (a === y && b === x))
    for (const group of agreeingGroups(figures, consistent)) {
      if (group.every((x) => group.every((y) => agree(x, y)))) {
        agreements.push(`${capitalise(listWords(group.map(cite)))} agree.`)
        continue
      }
      for (const { a, b } of consistent.filter((p) => group.includes(p.a))) {
        agreements.push(`${capitalise(cite(a))} agrees with ${cite(b)}.`)
      }
    }
    sentences.push(...agreements.slice(0, SUMMARY_SENTENCES))
    if (agreements.length > SUMMARY_SENTENCES) sentences.push(more(agreements.length - SUMMARY_SENTENCES, 'set of figures agrees', 'sets of figures agree'))
  }

  const updates = pairs.flatMap(({ relation, a, b }) => {
    if (relation.kind !== 'UPDATE' || relation.earlierId === null) return []
    return relation.earlierId === a.id ? [{ relation, earlier: a, later: b }] : [{ relation, earlier: b, later: a }]
  })
  const isStep = (x: DescribedFigure, y: DescribedFigure) => updates.some((u) => u.earlier === x && u.later === y)
  const steps = updates.filter(({ earlier, later }) => !figures.some((f) => isStep(earlier, f) && isStep(f, later)))
  for (const { relation, earlier, later } of steps.slice(0, SUMMARY_SENTENCES)) {
    const change = relation.change === null ? '' : LATER_CHANGE[relation.change]
    sentences.push(relation.isComparable
      ? `${capitalise(cite(later))} updates ${cite(earlier)}${change}.`
      : `${capitalise(cite(later))} is later than ${cite(earlier)} but ${contrast(earlier, later, quantityUnit)}, so the two are not compared.`)
  }
  // Updates skipped as indirect are told by their steps; only what was cut or not given is counted.
  const untold = Math.max(0, steps.length - SUMMARY_SENTENCES) + Math.max(0, counts.update - updates.length)
  if (untold > 0) sentences.push(more(untold, 'later figure updates an earlier one', 'later figures update earlier ones'))

  const conflicts = pairs.filter((p) => p.relation.kind === 'CONFLICT')
  for (const { a, b } of conflicts.slice(0, SUMMARY_SENTENCES)) sentences.push(`${capitalise(cite(a))} and ${cite(b)} conflict.`)
  const unsaid = Math.max(conflicts.length, counts.conflict) - Math.min(conflicts.length, SUMMARY_SENTENCES)
  if (unsaid > 0) sentences.push(more(unsaid, 'pair of figures conflicts', 'pairs of figures conflict'))
  if (counts.conflict === 0 && counts.comparable > 0) sentences.push('None of the figures conflict.')
  return sentences
}
