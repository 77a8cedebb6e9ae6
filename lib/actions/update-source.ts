'use server'

import { revalidatePath } from 'next/cache'
import { staleSaveError } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { getDb } from '../db'
import { notFound } from '../errors'
import { isPublicSource, proposeChange } from '../server/changes/propose-change'
import { sourceDetailsValues, updateSourceDetails } from '../server/sources/update-source-details'
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
    const { updatedAt: _, ...stored } = row
    const before = sourceDetailsValues(stored)
    const after = sourceDetailsValues(details)
    if (await isPublicSource(tx, id)) return proposeChange(tx, user.id, { kind: 'SOURCE_DETAILS', sourceId: id, before, after })
    await updateSourceDetails(tx, user.id, id, before, after)
    return null
  })
  if (proposed) {
    revalidateChangePages({ id: proposed.id, figureId: null, sourceId: id }, false)
    return { redirectTo: `/review/sources/${id}?saved=proposed` }
  }
  revalidatePath(`/review/sources/${id}`)
  return { redirectTo: `/review/sources/${id}?saved=details` }
})
