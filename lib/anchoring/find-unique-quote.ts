import { findOccurrences } from './text-boundaries'
import type { TextPositionSelector } from './types'

export type QuoteLookupFailure = 'ABSENT' | 'AMBIGUOUS' | 'NO_SUCH_OCCURRENCE'

/** Carries why a lookup failed and how many matches there were, so a form can explain it. */
export class QuoteLookupError extends Error {
  readonly reason: QuoteLookupFailure
  readonly count: number

  constructor(reason: QuoteLookupFailure, count: number, message: string) {
    super(message)
    this.name = 'QuoteLookupError'
    this.reason = reason
    this.count = count
  }
}

function preview(exact: string): string {
  return exact.length > 60 ? `${exact.slice(0, 57)}...` : exact
}

/**
 * Finds the range of `exact` in `text`. Without `occurrence` the words must appear exactly once:
 * a seed or a reviewer silently picking the first of several copies is how quotes end up on the
 * wrong passage. With `occurrence` (1-based) the nth copy is taken.
 */
export function findUniqueQuote(
  text: string,
  exact: string,
  occurrence?: number,
): TextPositionSelector {
  if (exact.length === 0) throw new RangeError('The quote to find is empty')
  if (occurrence !== undefined && (!Number.isInteger(occurrence) || occurrence < 1)) {
    throw new RangeError(`Occurrence must be a positive integer (got ${occurrence})`)
  }
  const positions = findOccurrences(text, exact)
  const count = positions.length
  if (count === 0) {
    throw new QuoteLookupError('ABSENT', 0, `Quote not found in the text: "${preview(exact)}"`)
  }
  if (occurrence === undefined && count > 1) {
    throw new QuoteLookupError(
      'AMBIGUOUS',
      count,
      `Quote appears ${count} times; say which occurrence: "${preview(exact)}"`,
    )
  }
  const start = positions[(occurrence ?? 1) - 1]
  if (start === undefined) {
    throw new QuoteLookupError(
      'NO_SUCH_OCCURRENCE',
      count,
      `Quote appears ${count} time(s), so there is no occurrence ${occurrence}: "${preview(exact)}"`,
    )
  }
  return { start, end: start + exact.length }
}
