import search from 'approx-string-match'

import { findOccurrences } from './text-boundaries'
import { contextScores, meanContext, type ContextScores } from './text-similarity'
import type { AnchorResult, QuoteAnchor } from './types'

// Scoring follows Hypothesis' match-quote: the quote matters most, then its context, and the old
// position only breaks ties. Unlike Hypothesis we refuse weak matches: an orphaned quote is
// honest, a quote pinned to the wrong sentence is a fact-check error.
const QUOTE_WEIGHT = 50
const CONTEXT_WEIGHT = 20
const POSITION_WEIGHT = 2

/**
 * Mean prefix/suffix similarity above which the surroundings count as "the same place".
 * Unrelated 32-character windows of English score about 0.28 (99th percentile 0.47, measured on
 * the seed sources), so 0.6 leaves room for edited context without accepting chance.
 */
export const MIN_CONTEXT_SCORE = 0.6

/** A quote this long (or longer) is specific enough to stand without its context. */
export const DISTINCTIVE_LENGTH = 20

/**
 * A fuzzy match whose context changed too is still accepted when the quote is at least this long
 * and this similar: 40 characters at 90% do not happen by chance, only by editing.
 */
export const STANDALONE_LENGTH = 40
export const MIN_STANDALONE_SIMILARITY = 0.9

/** Lowest weighted score (0..1) a fuzzy match may have. */
export const MIN_FUZZY_SCORE = 0.75

/**
 * Edit budget for fuzzy search: one error per five characters (80% similarity), capped at 32 so
 * long passages stay fast. Quotes under five characters get no budget: for "545" or "the", any
 * approximate match is more likely chance than an edit.
 */
export function fuzzyErrorBudget(quoteLength: number): number {
  return Math.min(32, Math.floor(quoteLength / 5))
}

type Candidate = { start: number; end: number; errors: number }

const ORPHANED: AnchorResult = { status: 'ORPHANED' }

function positionScore(text: string, start: number, hint: number): number {
  return Math.max(0, 1 - Math.abs(start - hint) / Math.max(1, text.length))
}

/** Weighted score in 0..1; a context side that was never stored carries no weight. */
function weightedScore(quote: number, ctx: ContextScores, position: number, withQuote: boolean) {
  let raw = POSITION_WEIGHT * position
  let max = POSITION_WEIGHT
  if (withQuote) {
    raw += QUOTE_WEIGHT * quote
    max += QUOTE_WEIGHT
  }
  for (const side of [ctx.prefix, ctx.suffix]) {
    if (side === null) continue
    raw += CONTEXT_WEIGHT * side
    max += CONTEXT_WEIGHT
  }
  return raw / max
}

/** Candidates with the fewest errors in the whole text, plus the best ones near the old place. */
function fuzzyCandidates(text: string, anchor: QuoteAnchor, maxErrors: number): Candidate[] {
  const found = search(text, anchor.exact, maxErrors)
  // approx-string-match only reports the globally best error count, so a lightly edited passage
  // at its old place would lose to a slightly closer copy elsewhere; search near it as well.
  const slack = anchor.exact.length + 256
  const from = Math.max(0, anchor.start - slack)
  const near = search(text.slice(from, anchor.end + slack), anchor.exact, maxErrors)
  const seen = new Set<string>()
  const all: Candidate[] = []
  for (const m of [...found, ...near.map((m) => ({ ...m, start: m.start + from, end: m.end + from }))]) {
    const key = `${m.start}:${m.end}`
    if (seen.has(key) || m.end <= m.start) continue
    seen.add(key)
    all.push(m)
  }
  return all
}

/** Step 3: the best approximate match that is either still in place or long and close. */
function anchorFuzzily(text: string, anchor: QuoteAnchor): AnchorResult {
  const { exact } = anchor
  const maxErrors = fuzzyErrorBudget(exact.length)
  if (maxErrors === 0) return ORPHANED
  let best: { start: number; end: number; score: number } | null = null
  for (const c of fuzzyCandidates(text, anchor, maxErrors)) {
    const quote = 1 - c.errors / exact.length
    const ctx = contextScores(text, c.start, c.end, anchor)
    const score = weightedScore(quote, ctx, positionScore(text, c.start, anchor.start), true)
    const hasContext = meanContext(ctx) >= MIN_CONTEXT_SCORE && score >= MIN_FUZZY_SCORE
    const isStandalone = exact.length >= STANDALONE_LENGTH && quote >= MIN_STANDALONE_SIMILARITY
    if (!hasContext && !isStandalone) continue
    if (best === null || score > best.score) best = { start: c.start, end: c.end, score }
  }
  return best === null ? ORPHANED : { status: 'FUZZY', ...best, method: 'fuzzy' }
}

/**
 * Finds a stored quote in a (possibly changed) text:
 * 1. the stored offsets still hold the exact words → ANCHORED by 'position';
 * 2. the exact words occur elsewhere → ANCHORED by 'quote', taking the copy whose prefix/suffix
 *    match best, then the one nearest the old offset;
 * 3. an approximate match (fuzzyErrorBudget) scored like Hypothesis → FUZZY with its score;
 * 4. otherwise ORPHANED.
 * In steps 1 and 2 a short or repeated quote is only trusted where its context still matches
 * (MIN_CONTEXT_SCORE); in step 3 a match needs matching context and MIN_FUZZY_SCORE, or a long
 * quote (STANDALONE_LENGTH) at MIN_STANDALONE_SIMILARITY. Text is compared as is: no case,
 * whitespace or quote-mark normalisation, so straightened quotes cost one edit each.
 */
export function anchorQuote(text: string, anchor: QuoteAnchor): AnchorResult {
  const { exact, start, end } = anchor
  if (exact.length === 0) return ORPHANED
  const occurrences = findOccurrences(text, exact)
  // Words alone identify a place only when they are long and occur once; otherwise the
  // surroundings must agree too, even at the old offset (a shifted text can put a copy there).
  const isUniqueAndLong = exact.length >= DISTINCTIVE_LENGTH && occurrences.length === 1
  const contextAt = (s: number) => contextScores(text, s, s + exact.length, anchor)

  const isAtOldOffset = Number.isInteger(start) && start >= 0 && text.slice(start, end) === exact
  if (isAtOldOffset && (isUniqueAndLong || meanContext(contextAt(start)) >= MIN_CONTEXT_SCORE)) {
    return { status: 'ANCHORED', start, end, method: 'position' }
  }

  let best: { start: number; score: number; context: number } | null = null
  for (const s of occurrences) {
    const ctx = contextAt(s)
    const score = weightedScore(1, ctx, positionScore(text, s, start), false)
    if (best === null || score > best.score) best = { start: s, score, context: meanContext(ctx) }
  }
  if (best !== null && (isUniqueAndLong || best.context >= MIN_CONTEXT_SCORE)) {
    return { status: 'ANCHORED', start: best.start, end: best.start + exact.length, method: 'quote' }
  }
  return anchorFuzzily(text, anchor)
}
