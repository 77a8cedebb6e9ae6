import { findDirection } from './direction'
import { isNotAFigure } from './exclusions'
import {
  boundsFor,
  matchPrefixQualifier,
  matchSuffixQualifier,
  type Qualifier,
} from './qualifiers'
import { readQuantity, type Quantity } from './quantity'
import { isSymbol, isWord, tokenize, type Token } from './tokenize'
import { periodsOfFigures } from './figure-periods'
import { findPeriods } from './periods'
import type { FoundFigure } from './types'
import { readPercent, readUnit } from './unit'

/** What the reader knows of the text: the source's own date resolves "last year" and "in March". */
export type ReadingContext = { publishedOn?: Date | null }

/** A figure before its period is known. */
type Unplaced = Omit<FoundFigure, 'period'>
type Read = { figure: Unplaced | null; next: number }

const EXACT: Qualifier = { qualifier: 'EXACT', isJustUnder: false }

/** Second half of a range after `first`: "three to seven", "3-7", "3–7", "two or three". */
function readRangeEnd(tokens: Token[], first: Quantity): { high: Quantity; low: Quantity } | null {
  // "5% to 10%": the first end may carry its own percent sign.
  const sep = (readPercent(tokens, first.next)?.last ?? first.next - 1) + 1
  const token = tokens[sep]
  const isSeparator = isWord(token, 'to', 'or') || isSymbol(token, '-', '–', '—')
  if (!isSeparator || matchSuffixQualifier(tokens, sep) !== null) return null
  const high = readQuantity(tokens, sep + 1)
  if (high === null || high.isFraction !== first.isFraction) return null
  // "2 to 3 million": the scale written once applies to both ends.
  const low = first.scale === 1 && high.scale > 1 ? { ...first, value: first.value * high.scale } : first
  return { low, high }
}

/** Reads the figure whose phrase starts at token i, if any. */
function readFigureAt(text: string, tokens: Token[], i: number): Read | null {
  let qualifier = matchPrefixQualifier(tokens, i)
  let at = qualifier?.next ?? i
  const isBetween = qualifier === null && isWord(tokens[i], 'between')
  if (isBetween) at = i + 1
  const first = readQuantity(tokens, at)
  if (first === null) return null

  // "from 6,368 to 11,086" is a change between two figures, not a range.
  const isAfterFrom = isWord(tokens[i - 1], 'from')
  let range: { low: Quantity; high: Quantity } | null = null
  if (isBetween) {
    const and = isWord(tokens[first.next], 'and') ? readQuantity(tokens, first.next + 1) : null
    if (and === null) return null
    range = { low: first, high: and }
  } else if (!isAfterFrom) {
    range = readRangeEnd(tokens, first)
  }
  const last = range?.high ?? first
  let next = last.next

  if (qualifier === null && range === null) {
    const suffix = matchSuffixQualifier(tokens, next)
    if (suffix !== null) {
      qualifier = suffix
      next = suffix.next
    }
  }
  const currency = first.currency ?? last.currency
  const unit = first.isFraction ? { unit: 'fraction', last: -1 } : readUnit(tokens, next, currency)
  if (unit.last >= 0) next = unit.last + 1

  const quantities = range ? [range.low, range.high] : [first]
  if (quantities.some((q) => isNotAFigure(text, tokens, q, unit.unit))) {
    return { figure: null, next }
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
  const isInPeriod = (figure: Unplaced) => periods.some((p) => p.start <= figure.start && figure.end <= p.end)
  const figures: Unplaced[] = []
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
  const placed = figures.map((figure) => ({ ...figure, isChange: isChange(figure), isRule: /^[\p{N}\p{L}.,]+-\p{L}+$/u.test(figure.text) }))
  const dated = periodsOfFigures(text, placed, periods)
  return figures.map((figure, k) => ({ ...figure, period: dated[k] ?? null }))
}

/** A figure that measures a change, which a period it is compared with widens: "up 9% on 2021-22". */
function isChange(figure: Unplaced): boolean {
  return figure.direction !== null || figure.unit === 'percentage points' || figure.unit === 'times' || figure.unit === 'percent'
}

/** The first figure stated in a phrase ("at least 545 parents"), or null when there is none. */
export function parseFigure(phrase: string, context: ReadingContext = {}): FoundFigure | null {
  return findFigures(phrase, context)[0] ?? null
}
