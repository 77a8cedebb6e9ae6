// The synthetic knowledge base of `npm run bench:figures`, as plain data: quantities with a skewed
// number of figures each, and figures the way sources state them (counts, percent changes,
// durations in hours or days; mostly agreeing, some updating over time, some conflicting at the
// same period). Seeded, so every run builds the same knowledge base.
import type { FigureQualifier } from '../generated/prisma/enums'

export type Random = () => number

/** mulberry32: small, fast and good enough to spread synthetic data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const between = (random: Random, low: number, high: number) => low + random() * (high - low)
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

type Kind = {
  name: string
  unit: string
  base: [number, number]
  decimals: number
  /** Some sources state it in another unit: children instead of parents, days instead of hours. */
  other?: { unit: string; share: number; factor: number; decimals: number }
}

const KINDS: Kind[] = [
  { name: 'Parents of separated children not located', unit: 'parents', base: [200, 5_000], decimals: 0, other: { unit: 'children', share: 0.1, factor: 1.15, decimals: 0 } },
  { name: 'Children separated from their families', unit: 'children', base: [500, 20_000], decimals: 0 },
  { name: 'Referrals for federal prosecution per month', unit: 'cases referred', base: [1_000, 20_000], decimals: 0 },
  { name: 'Drug overdose deaths per year', unit: 'deaths', base: [1_000, 100_000], decimals: 0 },
  { name: 'Change in immigration prosecutions', unit: 'percent change', base: [-60, 150], decimals: 1 },
  { name: 'Change in new smuggling cases', unit: 'percent change', base: [-80, 80], decimals: 1 },
  { name: 'Time taken to prosecute a parent', unit: 'hours', base: [12, 240], decimals: 0, other: { unit: 'days', share: 0.3, factor: 1 / 24, decimals: 1 } },
  { name: 'Time a child spent in border custody', unit: 'hours', base: [24, 400], decimals: 0, other: { unit: 'days', share: 0.3, factor: 1 / 24, decimals: 1 } },
  { name: 'Share of prosecutions for non-immigration offenses', unit: 'percent share', base: [5, 80], decimals: 1 },
  { name: 'Improper-entry prosecutions per year', unit: 'prosecutions', base: [5_000, 90_000], decimals: 0 },
]

export type QuantityPlan = {
  index: number
  slug: string
  name: string
  unit: string
  isBusiest: boolean
  figureCount: number
  kind: Kind
  base: number
  /** Change per month of the true value, as a factor. */
  drift: number
  startYear: number
  startMonth: number
  /** How many distinct months its figures speak of: about three figures per month. */
  months: number
  publishRate: number
}

/**
 * `count` quantities sharing `figures` figures: one busiest with `busiest`, a few dozen large ones
 * (a few hundred down to about fifty) and a long tail with a handful each (log-normal, at least one).
 */
export function planQuantities(random: Random, count: number, figures: number, busiest: number): QuantityPlan[] {
  const large = Array.from({ length: 49 }, (_, i) => Math.round(400 / Math.sqrt(i + 1)))
  const remaining = figures - busiest - large.reduce((sum, n) => sum + n, 0)
  if (remaining < count - 1 - large.length) throw new Error(`${figures} figures are too few for ${count} quantities`)
  const weights = Array.from({ length: count - 1 - large.length }, () => Math.exp(0.8 * gaussian(random)))
  const total = weights.reduce((sum, w) => sum + w, 0)
  const tail = weights.map((w) => Math.max(1, Math.round((w / total) * remaining)))
  for (let excess = tail.reduce((sum, n) => sum + n, 0) - remaining; excess !== 0; ) {
    const i = Math.floor(random() * tail.length)
    if (excess > 0 && tail[i]! > 1) {
      tail[i]!--
      excess--
    } else if (excess < 0) {
      tail[i]!++
      excess++
    }
  }
  return [busiest, ...large, ...tail].map((figureCount, index) => {
    const kind = index === 0 ? KINDS[0]! : pick(random, KINDS)
    const isBusiest = index === 0
    const number = String(index).padStart(5, '0')
    return {
      index,
      slug: isBusiest ? 'busiest-synthetic-quantity' : `synthetic-quantity-${number}`,
      name: isBusiest ? `${kind.name} (busiest synthetic quantity)` : `${kind.name} (synthetic ${number})`,
      unit: kind.unit,
      isBusiest,
      figureCount,
      kind,
      base: between(random, ...kind.base),
      drift: between(random, -0.03, 0.05),
      startYear: Math.floor(between(random, 2012, 2022)),
      startMonth: Math.floor(random() * 12),
      months: Math.max(1, Math.round(figureCount / 3)),
      // The busiest quantity is the one people look at: most of its figures are published.
      publishRate: isBusiest ? 0.65 : Math.min(1, Math.max(0, between(random, 0.2, 0.8))),
    }
  })
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

export type FigureDraft = {
  qualifier: FigureQualifier
  value: string
  low: string | null
  high: string | null
  unit: string
  /** YYYY-MM-DD */
  periodStart: string | null
  periodEnd: string | null
  periodLabel: string | null
  isPublished: boolean
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

// Of the figures that agree with the truth, how they are qualified.
const QUALIFIERS: Array<[FigureQualifier, number]> = [
  ['EXACT', 0.55], ['ABOUT', 0.15], ['AT_LEAST', 0.12], ['MORE_THAN', 0.05], ['FEWER_THAN', 0.04], ['AT_MOST', 0.03], ['RANGE', 0.06],
]

function qualifier(random: Random): FigureQualifier {
  let roll = random()
  for (const [name, share] of QUALIFIERS) if ((roll -= share) < 0) return name
  return 'EXACT'
}

/** One figure of `quantity` as a source might state it. */
export function draftFigure(random: Random, quantity: QuantityPlan): FigureDraft {
  const month = Math.floor(random() * quantity.months)
  const first = new Date(Date.UTC(quantity.startYear, quantity.startMonth + month, 1))
  const year = first.getUTCFullYear()
  const periodRoll = random()
  // Mostly a month ("as of October 2020"), sometimes the whole year around it, rarely no date.
  const period =
    periodRoll < 0.05
      ? null
      : periodRoll < 0.15
        ? { start: `${year}-01-01`, end: `${year}-12-31`, label: `in ${year}` }
        : { start: isoDay(first), end: isoDay(new Date(Date.UTC(year, first.getUTCMonth() + 1, 0))), label: `as of ${MONTH_NAMES[first.getUTCMonth()]} ${year}` }
  const truth = quantity.base * (1 + quantity.drift) ** month
  const other = quantity.kind.other && random() < quantity.kind.other.share ? quantity.kind.other : null
  const [unit, factor, decimals] = other ? [other.unit, other.factor, other.decimals] : [quantity.unit, 1, quantity.kind.decimals]
  const round = (n: number) => n.toFixed(decimals)
  const isConflicting = random() < 0.12
  const stated = truth * factor * (isConflicting ? pick(random, [0.6, 1.5]) : 1)
  const kind = isConflicting ? 'EXACT' : qualifier(random)
  const value = round(stated)
  const bounds: Record<FigureQualifier, [string | null, string | null]> = {
    EXACT: [value, value],
    ABOUT: [round(stated * 0.95), round(stated * 1.05)],
    AT_LEAST: [value, null],
    MORE_THAN: [value, null],
    AT_MOST: [null, value],
    FEWER_THAN: [null, value],
    RANGE: [round(stated * 0.9), round(stated * 1.1)],
  }
  const [low, high] = bounds[kind]
  // Negative values (a fall) swap the ends of a two-sided interval.
  const isSwapped = low !== null && high !== null && Number(low) > Number(high)
  return {
    qualifier: kind,
    value,
    low: isSwapped ? high : low,
    high: isSwapped ? low : high,
    unit,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    periodLabel: period?.label ?? null,
    isPublished: random() < quantity.publishRate,
  }
}

export type SourceText = { title: string; text: string; sentences: Array<[number, number]> }

/** A source's text: `sentences` sentences, with their offsets, for quotes to point at. */
export function sourceText(index: number, sentences: number): SourceText {
  const parts: string[] = []
  const offsets: Array<[number, number]> = []
  let length = 0
  for (let k = 0; k < sentences; k++) {
    const sentence = `Section ${k + 1} of report ${index + 1} says officials counted the cases again that month and confirmed the figure in a statement.`
    offsets.push([length, length + sentence.length])
    parts.push(sentence)
    length += sentence.length + 1
  }
  return { title: `Synthetic report ${index + 1}`, text: parts.join(' '), sentences: offsets }
}
