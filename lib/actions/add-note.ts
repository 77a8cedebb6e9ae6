'use server'

import { revalidatePath } from 'next/cache'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { notFound } from '../errors'
import { noteCreateSchema } from '../validations/note'

/** A discussion note on a claim, for the team only. */
export const addNote = authedAction({ permission: 'note.write', schema: noteCreateSchema }, async (input, { user }) => {
  await getDb().$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } }))) throw notFound('claim')
    const note = await tx.note.create({ data: { claimId: input.claimId, authorId: user.id, body: input.body }, select: { id: true, claimId: true, body: true } })
    await audit(tx, { actorId: user.id, action: 'note.create', entityType: 'Note', entityId: note.id, after: note })
  })
  revalidatePath(`/review/claims/${input.claimId}`)
  return { status: 'ok', message: 'Note added.' }
})
