'use server'

import { revalidatePath } from 'next/cache'
import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { getDb } from '../db'
import { AppError, notFound } from '../errors'
import { isPublicSource, proposeChange } from '../server/changes/propose-change'
import { alreadyImported, readSourceContent } from '../server/sources/read-source-content'
import { addSourceVersion } from '../server/sources/add-source-version'
import { currentSnapshot } from '../server/sources/adopt-version'
import { findSnapshotByText } from '../server/sources/create-source'
import { sourceVersionSchema } from '../validations/source'

/**
 * Imports a new version of a known source; its quotes re-anchor to it or are marked orphaned. A
 * public source's new version is stored unread and proposed: the public keeps reading the version
 * its published quotes use until an editor other than the importer publishes it (docs/decisions/016).
 */
export const importSourceVersion = authedAction({ permission: 'source.import', schema: sourceVersionSchema }, async (input, { user }) => {
  const content = await readSourceContent(input)
  const field = input.file ? 'file' : 'text'
  const result = await getDb().$transaction(
    async (tx) => {
      // Lock the source row: two versions imported at once must not both become version N+1.
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Source" WHERE id = ${input.sourceId} FOR UPDATE`
      if (locked.length === 0) throw notFound('source')
      const existing = await findSnapshotByText(tx, content.text)
      if (existing && existing.source.id !== input.sourceId) throw alreadyImported(field, existing)
      const isPublic = await isPublicSource(tx, input.sourceId)
      const current = isPublic ? await currentSnapshot(tx, input.sourceId) : null
      const stored = await addSourceVersion(tx, input.sourceId, content, user.id, { isPending: isPublic })
      if (stored.status !== 'pending') return stored
      const before = await tx.sourceSnapshot.findUniqueOrThrow({ where: { id: current!.id }, select: { version: true, contentHash: true, text: true } })
      const proposal = await proposeChange(tx, user.id, {
        kind: 'SOURCE_VERSION',
        sourceId: input.sourceId,
        snapshotId: stored.snapshotId,
        before: { version: before.version, contentHash: before.contentHash, length: before.text.length },
        after: { version: stored.version, contentHash: stored.contentHash, length: stored.length },
      })
      return { ...stored, changeId: proposal.id }
    },
    { timeout: 60_000 },
  )
  if (result.status === 'unchanged') {
    const message = `Nothing imported: this text is identical to version ${result.version}.`
    throw new AppError('invalid', message, { [field]: [message] })
  }
  if (result.status === 'pending') {
    revalidateChangePages({ id: result.changeId, figureId: null, sourceId: input.sourceId }, false)
    return { redirectTo: `/review/sources/${input.sourceId}?saved=proposed` }
  }
  revalidatePath(`/review/sources/${input.sourceId}`)
  const summary = `version=${result.version}&anchored=${result.anchored}&fuzzy=${result.fuzzy}&orphaned=${result.orphaned}`
  return { redirectTo: `/review/sources/${input.sourceId}?${summary}` }
})
