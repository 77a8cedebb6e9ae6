// A new source with its first snapshot, its suggestions and its audit entry. No Next.js imports, so
// the seed and the benchmarks use it too.
import { audit } from '../audit/audit-log'
import { ORIGINAL_DETAILS } from '../../data/selects'
import type { DbTransaction } from '../../db'
import type { SourceKind } from '../../generated/prisma/enums'
import { contentHash, originalRow, pageRows, type SnapshotContent } from '../../import'
import { storeSuggestions } from './store-suggestions'

export type SourceDetailsInput = {
  title: string
  kind: SourceKind
  publisher: string | null
  author: string | null
  url: string | null
  publishedOn: Date | null
}

/** The source that already holds this exact text, if any: importing it twice is refused. */
export async function findSnapshotByText(tx: DbTransaction, text: string) {
  return tx.sourceSnapshot.findFirst({
    where: { contentHash: contentHash(text) },
    select: { version: true, source: { select: { id: true, title: true } } },
  })
}

/**
 * A new source whose first snapshot is `content.text`, kept with the original it was read from
 * (the uploaded file, the pasted text, a fetched page: docs/decisions/021).
 */
export async function createSource(tx: DbTransaction, details: SourceDetailsInput, { text, original, pages }: SnapshotContent, actorId: string) {
  const source = await tx.source.create({
    data: {
      ...details,
      createdById: actorId,
      snapshots: {
        create: {
          version: 1,
          text,
          contentHash: contentHash(text),
          capturedById: actorId,
          original: { create: originalRow(original) },
          pages: { createMany: { data: pageRows(pages) } },
        },
      },
    },
    select: { id: true, snapshots: { select: { id: true, contentHash: true, original: { select: ORIGINAL_DETAILS } } } },
  })
  const snapshot = source.snapshots[0]!
  const suggestions = await storeSuggestions(tx, snapshot.id, text)
  await audit(tx, {
    actorId,
    action: 'source.import',
    entityType: 'Source',
    entityId: source.id,
    after: { ...details, version: 1, contentHash: snapshot.contentHash, length: text.length, original: snapshot.original, pages: pages?.length, suggestions },
  })
  return { sourceId: source.id, snapshotId: snapshot.id, suggestions }
}
