// A figure a source states twice ("611 children" in the summary and again in the body) is offered
// once: the first time it is stated, where a reviewer meets it first. A repeat that names no
// period is the same figure; one that names another period is another figure.
import type { FoundFigure } from '../figures'

const readingKey = (f: FoundFigure) => JSON.stringify([f.value, f.qualifier, f.low, f.high, f.unit, f.direction])
const periodKey = (f: FoundFigure) => (f.period ? `${f.period.start}..${f.period.end}` : null)

/** `figures` without the ones that repeat an earlier one's reading, in order. */
export function distinctFigures(figures: FoundFigure[]): FoundFigure[] {
  const periodsByReading = new Map<string, Set<string | null>>()
  return figures.filter((figure) => {
    const periods = periodsByReading.get(readingKey(figure)) ?? new Set<string | null>()
    periodsByReading.set(readingKey(figure), periods)
    const period = periodKey(figure)
    const isRepeat = periods.size > 0 && (period === null || periods.has(period))
    periods.add(period)
    return !isRepeat
  })
}
