// A new version of a known source, by whatever way it came (an import, a watched source's re-check):
// adopted at once, its quotes re-anchoring, or, for a public source, stored unread and proposed, so
// the public keeps reading the version its published quotes use until an editor other than the
// proposer publishes it (docs/decisions/016).
import type { DbTransaction } from '../../db'
import { notFound } from '../../errors'
import type { SnapshotContent } from '../../import'
import { isPublicSource, proposeChange } from '../changes/propose-change'
import { addSourceVersion, type NewVersionResult } from './add-source-version'
import { currentSnapshot } from './adopt-version'

export type SavedVersion = Exclude<NewVersionResult, { status: 'pending' }> | (Extract<NewVersionResult, { status: 'pending' }> & { changeId: string })

/**
 * Saves `content` as the source's next version in the name of `actorId` (null: the watch schedule).
 * Refused (AppError `conflict`) while a new version proposed earlier still waits for an editor.
 */
export async function saveSourceVersion(tx: DbTransaction, sourceId: string, content: SnapshotContent, actorId: string | null, provenance: Record<string, unknown> = {}): Promise<SavedVersion> {
  // Lock the source row: two versions saved at once must not both become version N+1.
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Source" WHERE id = ${sourceId} FOR UPDATE`
  if (locked.length === 0) throw notFound('source')
  const isPublic = await isPublicSource(tx, sourceId)
  const current = isPublic ? await currentSnapshot(tx, sourceId) : null
  const stored = await addSourceVersion(tx, sourceId, content, actorId, { isPending: isPublic, provenance })
  if (stored.status !== 'pending') return stored
  const before = await tx.sourceSnapshot.findUniqueOrThrow({ where: { id: current!.id }, select: { version: true, contentHash: true, text: true } })
  const proposal = await proposeChange(tx, actorId, {
    kind: 'SOURCE_VERSION',
    sourceId,
    snapshotId: stored.snapshotId,
    before: { version: before.version, contentHash: before.contentHash, length: before.text.length },
    after: { version: stored.version, contentHash: stored.contentHash, length: stored.length },
  })
  return { ...stored, changeId: proposal.id }
}
