import type { ComparableFigure } from './interval'

type Span = { id: string; start: number; end: number }

function spanOf(figure: ComparableFigure): Span | null {
  const start = (figure.periodStart ?? figure.periodEnd)?.getTime()
  const end = (figure.periodEnd ?? figure.periodStart)?.getTime()
  if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end)) return null
  return { id: figure.id, start: Math.min(start, end), end: Math.max(start, end) }
}

/**
 * The pairs [earlier, later] of figures whose periods are disjoint with no other figure's period
 * wholly between them: the direct steps of a series, the only updates worth telling, so a quantity
 * page reads O(figures) update relations rather than all O(figures²). Periods as in relateFigures
 * (days inclusive; one stored end is that day; undated figures have no steps). Ordered by the later
 * figure's period, at most `limit` pairs.
 */
export function neighbourSteps(figures: readonly ComparableFigure[], limit = Infinity): Array<[string, string]> {
  const spans = figures.flatMap((figure) => spanOf(figure) ?? [])
  const byEnd = [...spans].sort((a, b) => a.end - b.end)
  const byStart = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const steps: Array<[string, string]> = []
  // For each later figure y, the figures ending before y starts are a prefix of byEnd. Of those, x
  // is a direct step unless one of them starts after x ends; so x qualifies when x.end is at least
  // the latest start in the prefix, which makes the steps a suffix of the prefix.
  let prefix = 0
  let latestStart = -Infinity
  for (const later of byStart) {
    while (prefix < byEnd.length && byEnd[prefix]!.end < later.start) latestStart = Math.max(latestStart, byEnd[prefix++]!.start)
    for (let i = prefix - 1; i >= 0 && byEnd[i]!.end >= latestStart; i--) {
      if (steps.length >= limit) return steps
      steps.push([byEnd[i]!.id, later.id])
    }
  }
  return steps
}
