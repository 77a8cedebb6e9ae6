// The importer's suggestions for a snapshot's text (figures and sentences worth checking), stored
// beside it whenever a source or a new version is stored.
import type { DbTransaction } from '../../db'
import type { Prisma } from '../../generated/prisma/client'
import { findSuggestions } from '../../import'

/** Stores what the importer suggests in `text`; returns how many. The source's date dates "last year". */
export async function storeSuggestions(tx: DbTransaction, snapshotId: string, text: string) {
  const snapshot = await tx.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { source: { select: { publishedOn: true } } } })
  const suggestions = findSuggestions(text, { publishedOn: snapshot.source.publishedOn })
  await tx.suggestion.createMany({
    data: suggestions.map((suggestion) => ({
      snapshotId,
      kind: suggestion.kind,
      start: suggestion.start,
      end: suggestion.end,
      exact: suggestion.exact,
      figure: suggestion.figure ? (suggestion.figure as Prisma.InputJsonValue) : undefined,
    })),
    skipDuplicates: true,
  })
  return suggestions.length
}
