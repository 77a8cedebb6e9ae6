'use server'

import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../public-site'
import { audit, lastChange } from '../audit'
import { authedAction } from '../authed-action'
import { getDb } from '../db'
import { conflictError, notFound } from '../errors'
import { sourceUpdateSchema } from '../validations/source'

/** Edits a source's details. Its text never changes here: a new text is a new snapshot. */
export const updateSource = authedAction({ permission: 'source.import', schema: sourceUpdateSchema }, async (input, { user }) => {
  const { id, updatedAt, ...details } = input
  await getDb().$transaction(async (tx) => {
    const before = await tx.source.findUnique({
      where: { id },
      select: { title: true, kind: true, publisher: true, author: true, url: true, publishedOn: true, updatedAt: true },
    })
    if (!before) throw notFound('source')
    // The form's copy is stale when the row changed after it was rendered.
    const saved = await tx.source.updateMany({ where: { id, updatedAt: new Date(updatedAt) }, data: details })
    if (saved.count === 0) {
      const last = await lastChange(tx, 'Source', id)
      throw conflictError('source', last?.by ?? 'Someone', last?.at ?? before.updatedAt)
    }
    await audit(tx, { actorId: user.id, action: 'source.update', entityType: 'Source', entityId: id, before, after: details })
  })
  revalidatePath(`/review/sources/${id}`)
  revalidatePublicSite()
  return { redirectTo: `/review/sources/${id}?saved=details` }
})
