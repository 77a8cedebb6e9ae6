// A new version of a known source: stored beside the others, then adopted at once (its quotes
// re-anchor) or, for a public source, left pending for an editor (docs/decisions/016).
import type { DbTransaction } from '../../db'
import { contentHash, originalRow, pageRows, type SnapshotContent } from '../../import'
import { adoptVersion } from './adopt-version'
import { storeSuggestions } from './store-suggestions'

export type NewVersionResult =
  | { status: 'unchanged'; version: number }
  | { status: 'created'; version: number; snapshotId: string; anchored: number; fuzzy: number; orphaned: number; suggestions: number }
  | { status: 'pending'; version: number; snapshotId: string; contentHash: string; length: number }

/**
 * Stores `content.text` as the next version of a source, kept with the original it was read from
 * (docs/decisions/021). Unless `isPending` (a public source: docs/decisions/016), it is adopted at
 * once and its quotes re-anchor to it (adoptVersion); a pending version is stored unread until an
 * editor publishes it. `actorId` is null for a version a watched source's scheduled re-check found;
 * `provenance` goes into the audit entry (which capture found it).
 */
export async function addSourceVersion(
  tx: DbTransaction,
  sourceId: string,
  { text, original, pages }: SnapshotContent,
  actorId: string | null,
  { isPending = false, provenance = {} }: { isPending?: boolean; provenance?: Record<string, unknown> } = {},
): Promise<NewVersionResult> {
  const hash = contentHash(text)
  const snapshots = await tx.sourceSnapshot.findMany({ where: { sourceId }, orderBy: { version: 'desc' }, select: { version: true, contentHash: true } })
  const same = snapshots.find((snapshot) => snapshot.contentHash === hash)
  if (same) return { status: 'unchanged', version: same.version }
  const version = (snapshots[0]?.version ?? 0) + 1
  const snapshot = await tx.sourceSnapshot.create({
    // Unread until adopted: adoptVersion reads the version read until now as the one before it.
    data: {
      sourceId,
      version,
      text,
      contentHash: hash,
      capturedById: actorId,
      adoptedAt: null,
      original: { create: originalRow(original) },
      pages: { createMany: { data: pageRows(pages) } },
    },
    select: { id: true },
  })
  const suggestions = await storeSuggestions(tx, snapshot.id, text)
  if (isPending) return { status: 'pending', version, snapshotId: snapshot.id, contentHash: hash, length: text.length }
  const counts = await adoptVersion(tx, snapshot.id, actorId, { suggestions, ...provenance })
  return { status: 'created', version, snapshotId: snapshot.id, ...counts, suggestions }
}
