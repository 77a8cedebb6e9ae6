// The importer's suggestions for a snapshot's text (figures, and sentences worth checking with their
// scores), stored beside it whenever a source or a new version is stored.
import type { DbTransaction } from '../../db'
import type { Prisma } from '../../generated/prisma/client'
import { findSuggestions } from '../../import'

/** Stores what the importer suggests in `text`; returns how many. */
export async function storeSuggestions(tx: DbTransaction, snapshotId: string, text: string) {
  const suggestions = findSuggestions(text)
  await tx.suggestion.createMany({
    data: suggestions.map((suggestion) => ({
      snapshotId,
      kind: suggestion.kind,
      start: suggestion.start,
      end: suggestion.end,
      exact: suggestion.exact,
      figure: suggestion.figure ? (suggestion.figure as Prisma.InputJsonValue) : undefined,
      score: suggestion.score,
    })),
    skipDuplicates: true,
  })
  return suggestions.length
}
