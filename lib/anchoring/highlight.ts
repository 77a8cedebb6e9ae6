// Splits a text into runs for highlighting possibly overlapping quote ranges.

export type HighlightRange = { id: string; start: number; end: number }
export type TextRun = {
  text: string
  /** Quotes covering this run. */
  ids: string[]
  /** Quotes that begin with this run (where their anchor id goes). */
  startIds: string[]
}

/** Runs between every quote boundary, and at each of `breaks` too (where a PDF's page starts). */
export function splitHighlights(text: string, ranges: readonly HighlightRange[], breaks: readonly number[] = []): TextRun[] {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
  const inside = breaks.filter((at) => at > 0 && at < text.length)
  const cuts = [...new Set([0, text.length, ...inside, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b)
  const runs: TextRun[] = []
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    const covering = valid.filter((r) => r.start <= start && r.end >= end)
    runs.push({
      text: text.slice(start, end),
      ids: covering.map((r) => r.id),
      startIds: covering.filter((r) => r.start === start).map((r) => r.id),
    })
  }
  return runs
}
