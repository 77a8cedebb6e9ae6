// When a source's date changes, what its open figure suggestions say of their periods changes too:
// "last year" in a source of 2024 is 2023, and in one of 2025 it is 2024. Each open FIGURE
// suggestion of each of the source's versions is read again against the new date; decided ones
// keep what the reviewer saw when deciding.
import { isDeepStrictEqual } from 'node:util'
import type { DbTransaction } from '../../db'
import { findFigureSuggestions } from '../../import'

/** Re-reads the open figure suggestions of `sourceId` against `publishedOn`; returns how many changed. */
export async function rereadFigureSuggestions(tx: DbTransaction, sourceId: string, publishedOn: Date | null): Promise<number> {
  const snapshots = await tx.sourceSnapshot.findMany({
    where: { sourceId, suggestions: { some: { kind: 'FIGURE', status: 'OPEN' } } },
    select: { id: true, text: true },
  })
  const ids: string[] = []
  const figures: string[] = []
  for (const snapshot of snapshots) {
    const open = await tx.suggestion.findMany({
      where: { snapshotId: snapshot.id, kind: 'FIGURE', status: 'OPEN' },
      select: { id: true, start: true, end: true, figure: true },
    })
    const reread = new Map(findFigureSuggestions(snapshot.text, { publishedOn }).map((s) => [`${s.start}:${s.end}`, s.figure]))
    for (const suggestion of open) {
      const figure = reread.get(`${suggestion.start}:${suggestion.end}`)
      if (figure === undefined || isDeepStrictEqual(figure, suggestion.figure)) continue
      ids.push(suggestion.id)
      figures.push(JSON.stringify(figure))
    }
  }
  if (ids.length === 0) return 0
  // One statement however many changed: a long source has thousands.
  await tx.$executeRaw`
    UPDATE "Suggestion" AS s SET figure = v.figure, "updatedAt" = now()
    FROM unnest(${ids}::text[], ${figures}::jsonb[]) AS v(id, figure)
    WHERE s.id = v.id`
  return ids.length
}
