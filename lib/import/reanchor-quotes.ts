import { anchorQuote, describeQuote, type AnchorResult, type QuoteAnchor } from '../anchoring'
import { snapBoundary } from '../anchoring/text-boundaries'

/** A quote as stored against the previous snapshot. */
export type StoredQuote = QuoteAnchor & { id: string }

/**
 * Where a quote sits in the new text. `selector` (ANCHORED and FUZZY only) is what to store for
 * it: the new offsets and the words found there, with fresh prefix/suffix, so the next re-anchoring
 * starts from this version rather than the first one.
 */
export type ReanchoredQuote = { id: string; result: AnchorResult; selector?: QuoteAnchor }

/**
 * approx-string-match counts UTF-16 units, so a fuzzy match can start or end between the two
 * halves of an emoji, which describeQuote rightly refuses. Such a match is widened to whole
 * characters.
 */
function wholeCharacters(text: string, result: AnchorResult): AnchorResult {
  if (result.status !== 'FUZZY') return result
  return {
    ...result,
    start: snapBoundary(text, result.start, 'back'),
    end: snapBoundary(text, result.end, 'forward'),
  }
}

/**
 * Re-anchors every quote of a source in a new version of its text (anchorQuote: offsets, then
 * exact search, then fuzzy search), or marks it ORPHANED, never pointing it at other words.
 */
export function reanchorQuotes(quotes: readonly StoredQuote[], newText: string): ReanchoredQuote[] {
  return quotes.map((quote) => {
    const result = wholeCharacters(newText, anchorQuote(newText, quote))
    if (result.status === 'ORPHANED') return { id: quote.id, result }
    return { id: quote.id, result, selector: describeQuote(newText, result.start, result.end) }
  })
}
