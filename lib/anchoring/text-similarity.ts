import search from 'approx-string-match'

/**
 * How well `pattern` survives somewhere inside `window`, from 0 (not at all) to 1 (verbatim):
 * 1 - (edit distance of its best approximate occurrence) / pattern length. Matching inside the
 * window rather than end-to-end forgives a context that shifted by a few characters.
 */
export function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1
  if (window.length === 0) return 0
  const best = search(window, pattern, pattern.length)[0]
  if (best === undefined) return 0
  return Math.max(0, 1 - best.errors / pattern.length)
}

export type ContextScores = { prefix: number | null; suffix: number | null }

/** Similarity of the stored prefix/suffix to the text around a candidate; null when not stored. */
export function contextScores(
  text: string,
  start: number,
  end: number,
  context: { prefix: string; suffix: string },
): ContextScores {
  const { prefix, suffix } = context
  return {
    prefix: prefix ? similarity(text.slice(Math.max(0, start - prefix.length), start), prefix) : null,
    suffix: suffix ? similarity(text.slice(end, end + suffix.length), suffix) : null,
  }
}

/**
 * Mean of the stored sides. A side is only missing when the quote touched the start or end of
 * the text; nothing contradicts the candidate then, so no context at all counts as 1.
 */
export function meanContext(scores: ContextScores): number {
  const present = [scores.prefix, scores.suffix].filter((s): s is number => s !== null)
  if (present.length === 0) return 1
  return present.reduce((sum, s) => sum + s, 0) / present.length
}
