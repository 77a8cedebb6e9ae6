'use server'

import { revalidatePath } from 'next/cache'
import { audit, staleSaveError } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { getDb } from '../db'
import { notFound } from '../errors'
import { isoDay } from '../format'
import { isPublicSource, proposeChange } from '../server/changes/propose-change'
import { sourceUpdateSchema } from '../validations/source'

const DETAIL_FIELDS = { title: true, kind: true, publisher: true, author: true, url: true, publishedOn: true } as const

/**
 * Edits a source's details. Its text never changes here: a new text is a new snapshot. A public
 * source's details are proposed instead, and its pages keep the old ones until an editor other
 * than the proposer publishes the change (docs/decisions/016).
 */
export const updateSource = authedAction({ permission: 'source.import', schema: sourceUpdateSchema }, async (input, { user }) => {
  const { id, updatedAt, ...details } = input
  const proposed = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${id} FOR UPDATE`
    const row = await tx.source.findUnique({ where: { id }, select: { ...DETAIL_FIELDS, updatedAt: true } })
    if (!row) throw notFound('source')
    // The form's copy is stale when the row changed after it was rendered.
    if (row.updatedAt.toISOString() !== updatedAt) throw await staleSaveError(tx, { entityType: 'Source', id, what: 'source', updatedAt: row.updatedAt })
    const { updatedAt: _, ...before } = row
    if (await isPublicSource(tx, id)) {
      const day = (value: Date | null) => (value ? isoDay(value) : null)
      return proposeChange(tx, user.id, {
        kind: 'SOURCE_DETAILS',
        sourceId: id,
        before: { ...before, publishedOn: day(before.publishedOn) },
        after: { ...details, publishedOn: day(details.publishedOn) },
      })
    }
    await tx.source.update({ where: { id }, data: details })
    await audit(tx, { actorId: user.id, action: 'source.update', entityType: 'Source', entityId: id, before, after: details })
    return null
  })
  if (proposed) {
    revalidateChangePages({ id: proposed.id, figureId: null, sourceId: id }, false)
    return { redirectTo: `/review/sources/${id}?saved=proposed` }
  }
  revalidatePath(`/review/sources/${id}`)
  return { redirectTo: `/review/sources/${id}?saved=details` }
})
