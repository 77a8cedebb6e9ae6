import { findDirection, isChangeWord } from './direction'
import { isNotAFigure } from './exclusions'
import {
  boundsFor,
  matchPrefixQualifier,
  matchSuffixQualifier,
  type Qualifier,
} from './qualifiers'
import { readMultiple } from './multiples'
import { tidy } from './number-words'
import { readQuantity, type Quantity } from './quantity'
import { isSymbol, isWord, tokenize, type Token } from './tokenize'
import { periodsOfFigures, type Dating } from './figure-periods'
import { findPeriods } from './periods'
import { unitsWithReferences } from './unit-references'
import type { FoundFigure } from './types'
import { readPercent, readUnit } from './unit'

/** What the reader knows of the text: the source's own date resolves "last year" and "in March". */
export type ReadingContext = { publishedOn?: Date | null }

/** A figure before its period is known. */
type Unplaced = Omit<FoundFigure, 'period'>
type Read = { figure: Unplaced | null; next: number }

const EXACT: Qualifier = { qualifier: 'EXACT', isJustUnder: false }

/**
 * Second half of a range after `first`: "three to seven", "3-7", "3–7", "two or three". Ranges are
 * written low to high in one unit: "51.9% to 48.1%" and "12% to $4.1bn" are two figures.
 */
function readRangeEnd(tokens: Token[], first: Quantity): { high: Quantity; low: Quantity } | null {
  // "5% to 10%": the first end may carry its own percent sign.
  const firstPercent = readPercent(tokens, first.next)
  const sep = (firstPercent?.last ?? first.next - 1) + 1
  const token = tokens[sep]
  const isSeparator = isWord(token, 'to', 'or') || isSymbol(token, '-', '–', '—')
  if (!isSeparator || matchSuffixQualifier(tokens, sep) !== null) return null
  const high = readQuantity(tokens, sep + 1)
  if (high === null || high.isFraction !== first.isFraction || high.currency !== first.currency) return null
  const highPercent = readPercent(tokens, high.next)
  if (firstPercent !== null && highPercent?.unit !== firstPercent.unit) return null
  // "2 to 3 million": the scale written once applies to both ends.
  const low = first.scale === 1 && high.scale > 1 ? { ...first, value: first.value * high.scale } : first
  return low.value < high.value || isWord(token, 'or') ? { low, high } : null
}

/** "one in five", "3 out of 10": a ratio, read as a fraction. */
function readRatio(tokens: Token[], first: Quantity): Quantity | null {
  const over = isWord(tokens[first.next], 'in') ? first.next + 1 : isWord(tokens[first.next], 'out') && isWord(tokens[first.next + 1], 'of') ? first.next + 2 : -1
  if (over === -1 || first.isFraction || first.currency !== null) return null
  const whole = readQuantity(tokens, over)
  const isWhole = whole !== null && whole.currency === null && !whole.isFraction && whole.scale === 1 && whole.value > first.value && !/^\d{4}$/.test(whole.numeral?.raw ?? '')
  if (!isWhole) return null
  return { ...first, value: tidy(first.value / whole.value), isFraction: true, isLoneOne: false, numeral: null, next: whole.next }
}

/** "doubled", "fourfold", "more than double": a multiple, read as a number of times. */
function readMultipleAt(tokens: Token[], at: number, isQualified: boolean): Quantity | null {
  const multiple = readMultiple(tokens, at, isQualified)
  if (multiple === null) return null
  return { value: multiple.value, scale: 1, currency: null, isShortScale: false, numeral: null, isFraction: false, isMultiple: true, isLoneOne: false, first: at, next: multiple.next }
}

/** "rose from 6,368 to 11,086" is a change between two figures; "from 3 to 5 years" is a range. */
function isChangeBefore(tokens: Token[], from: number): boolean {
  if (isSymbol(tokens[from - 1], ',', ';')) return true
  for (let k = from - 1; k >= Math.max(0, from - 3); k -= 1) {
    if (tokens[k]?.kind !== 'word') return false
    if (isChangeWord(tokens[k]) || isWord(tokens[k], 'went', 'moved', 'changed', 'shifted', 'slipped', 'eased', 'edged')) return true
  }
  return false
}

/** Reads the figure whose phrase starts at token i, if any. */
function readFigureAt(text: string, tokens: Token[], i: number): Read | null {
  let qualifier = matchPrefixQualifier(tokens, i)
  let at = qualifier?.next ?? i
  const isBetween = qualifier === null && isWord(tokens[i], 'between')
  if (isBetween) at = i + 1
  const read = readQuantity(tokens, at)
  const first = (read && readRatio(tokens, read)) ?? read ?? readMultipleAt(tokens, at, qualifier !== null)
  if (first === null) return null

  const isAfterFrom = isWord(tokens[i - 1], 'from')
  let range: { low: Quantity; high: Quantity } | null = null
  if (isBetween) {
    const and = isWord(tokens[first.next], 'and') ? readQuantity(tokens, first.next + 1) : null
    if (and === null) return null
    range = { low: first, high: and }
  } else if (!first.isMultiple && !(isAfterFrom && isChangeBefore(tokens, i - 1))) {
    range = readRangeEnd(tokens, first)
  }
  const last = range?.high ?? first
  let next = last.next

  const readSuffix = () => {
    const suffix = qualifier === null && range === null ? matchSuffixQualifier(tokens, next) : null
    if (suffix !== null) [qualifier, next] = [suffix, suffix.next]
  }
  readSuffix()
  const currency = first.currency ?? last.currency
  const unit = first.isFraction ? { unit: 'fraction', last: -1 } : first.isMultiple ? { unit: 'times', last: -1 } : readUnit(tokens, next, currency)
  if (unit.last >= 0) next = unit.last + 1
  // "18 weeks or more": the qualifier may follow the unit.
  readSuffix()

  const quantities = range ? [range.low, range.high] : [first]
  if (quantities.some((q) => isNotAFigure(text, tokens, q, unit.unit))) {
    // "from 334 in 2012 to 2,855": a year is no end of a range, and what follows it may be a figure.
    return { figure: null, next: range === null ? next : first.next }
  }
  if (first.isLoneOne && qualifier === null && range === null) return null

  const start = tokens[i]?.start ?? 0
  const end = tokens[next - 1]?.end ?? start
  const isPercent = unit.unit === 'percent' || unit.unit === 'percentage points'
  const base = {
    unit: unit.unit,
    direction: isPercent ? findDirection(tokens, i, next) : null,
    text: text.slice(start, end),
    start,
    end,
  }
  if (range !== null) {
    const low = Math.min(range.low.value, range.high.value)
    const high = Math.max(range.low.value, range.high.value)
    const figure: Unplaced = { ...base, qualifier: 'RANGE', value: (low + high) / 2, low, high }
    return { figure, next }
  }
  const chosen = qualifier ?? EXACT
  const figure: Unplaced = {
    ...base,
    qualifier: chosen.qualifier,
    value: first.value,
    ...boundsFor(chosen, first.value),
  }
  return { figure, next }
}

/**
 * Every figure stated in `text`, in order, with offsets of its phrase. Dates, years, code
 * sections and identifiers are skipped (see isNotAFigure); so are a bare "one" (usually a
 * pronoun), vague plurals ("hundreds of") and "zero" (always "zero tolerance" here).
 */
export function findFigures(text: string, { publishedOn = null }: ReadingContext = {}): FoundFigure[] {
  const tokens = tokenize(text)
  const periods = findPeriods(text, publishedOn)
  // "the 12 months to June", "the first six months of 2019": numbers inside a period are not figures.
  // Figures and periods both come in text order, so one pass over the periods serves all.
  let nextPeriod = 0
  const isInPeriod = (figure: Unplaced) => {
    while (periods[nextPeriod] !== undefined && periods[nextPeriod]!.end < figure.end) nextPeriod += 1
    const period = periods[nextPeriod]
    return period !== undefined && period.start <= figure.start
  }
  let figures: Unplaced[] = []
  let i = 0
  while (i < tokens.length) {
    const read = readFigureAt(text, tokens, i)
    if (read === null) {
      i += 1
      continue
    }
    if (read.figure !== null && !isInPeriod(read.figure)) figures.push(read.figure)
    i = Math.max(i + 1, read.next)
  }
  const units = unitsWithReferences(text, figures)
  figures = figures.map((figure, k) => ({ ...figure, unit: units[k] ?? null }))
  const placed = figures.map((figure) => ({ ...figure, isChange: isChange(text, figure), dating: datingOf(text, figure) }))
  const dated = periodsOfFigures(text, placed, periods)
  return figures.map((figure, k) => ({ ...figure, period: dated[k] ?? null }))
}

/** "$320 billion more than", "3 per cent fewer than": a difference between two figures. */
const DIFFERENCE = /^\s*(?:more|less|fewer|higher|lower|greater|smaller|up|down)\b/

/** A figure that measures a change, which is dated by its own period, not the one it is compared with. */
function isChange(text: string, figure: Unplaced & { end: number }): boolean {
  if (figure.direction !== null || figure.unit === 'percentage points' || figure.unit === 'times' || figure.unit === 'percent') return true
  return DIFFERENCE.test(text.slice(figure.end, figure.end + 12))
}

const DURATIONS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/
/** "the 2% target", "the 95% needed to prevent outbreaks", "a target of 300,000". */
const TARGET_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:target|goal|standard|threshold|benchmark|ceiling|needed|required)\b/u
const TARGET_BEFORE = /\b(?:target|goal|ambition|aim) of\s+$/
/** "the 300,000 target": the reader may take the target word as the unit. */
const TARGET_UNIT = /^(?:target|goal|standard|threshold|benchmark|ceiling)s?$/

/**
 * Which periods may date a figure. A bounded duration ("waited more than 12 hours", "for up to 20
 * minutes") is a threshold or a length, never a time: none. A target or standard ("the 2% target")
 * takes only a deadline of its own ("by 2030"). A number glued to its unit ("the 72-hour standard",
 * "a five-year contract") describes a kind: only a period stated right after it.
 */
function datingOf(text: string, figure: Unplaced & { start: number; end: number }): Dating {
  const isDuration = DURATIONS.test(figure.unit ?? '')
  if (isDuration && figure.qualifier !== 'EXACT' && figure.qualifier !== 'RANGE') return 'none'
  // "ended eight years of negative interest rates": the length of something, not a time.
  if (isDuration && /^\s+of\b/.test(text.slice(figure.end, figure.end + 4))) return 'none'
  if (TARGET_UNIT.test(figure.unit ?? '') || TARGET_AFTER.test(text.slice(figure.end, figure.end + 40)) || TARGET_BEFORE.test(text.slice(Math.max(0, figure.start - 20), figure.start))) return 'deadline'
  if (figure.unit !== 'fraction' && /^[\p{N}\p{L}.,]+-\p{L}+$/u.test(figure.text)) return 'own'
  return 'any'
}

/** The first figure stated in a phrase ("at least 545 parents"), or null when there is none. */
export function parseFigure(phrase: string, context: ReadingContext = {}): FoundFigure | null {
  return findFigures(phrase, context)[0] ?? null
}
