import { snapBoundary, splitsSurrogatePair } from './text-boundaries'
import type { QuoteAnchor } from './types'

/** Hypothesis stores 32 characters of context each side; enough to tell duplicates apart. */
export const DEFAULT_CONTEXT_LENGTH = 32

/** Throws a RangeError unless [start, end) is a non-empty, well-formed range of `text`. */
export function assertQuoteRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Quote offsets must be integers (got start ${start}, end ${end})`)
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(
      `Quote range ${start}..${end} is outside the text (valid offsets are 0..${text.length})`,
    )
  }
  if (start > end) throw new RangeError(`Quote start ${start} is after its end ${end}`)
  if (start === end) throw new RangeError(`Empty selection at offset ${start}: select some words`)
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`Quote range ${start}..${end} splits a character in two`)
  }
}

/**
 * Builds the stored selectors for the words at [start, end). The context is cut to whole
 * characters, so near the ends of the text the prefix or suffix is simply shorter.
 */
export function describeQuote(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): QuoteAnchor {
  assertQuoteRange(text, start, end)
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`Context length must be a non-negative integer (got ${contextLength})`)
  }
  const exact = text.slice(start, end)
  // A whitespace-only quote anchors to nothing a reader could recognise.
  if (exact.trim() === '') throw new RangeError(`Selection ${start}..${end} is only whitespace`)

  const prefixStart = snapBoundary(text, Math.max(0, start - contextLength), 'forward')
  const suffixEnd = snapBoundary(text, Math.min(text.length, end + contextLength), 'back')
  return {
    exact,
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  }
}
