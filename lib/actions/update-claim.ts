'use server'

import { revalidatePath } from 'next/cache'
import { freeClaimSlug, retryOnUniqueClash } from '../server/annotations/free-slug'
import { audit, CLAIM_SAVES, staleSaveError } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb, type DbTransaction } from '../db'
import { forbiddenError, notFound } from '../errors'
import { claimUpdateSchema } from '../validations/claim'

async function refuseStale(tx: DbTransaction, claimId: string, updatedAt: Date): Promise<never> {
  throw await staleSaveError(tx, { entityType: 'Claim', id: claimId, what: 'claim', updatedAt, actions: CLAIM_SAVES })
}

/**
 * Edits a claim's words. A save based on an older copy (its lockVersion) is refused, naming who
 * saved in between. The slug follows the text; the words are locked once a verdict on them is
 * under review or published.
 */
export const updateClaim = authedAction({ permission: 'claim.write', schema: claimUpdateSchema }, async (input, { user }) => {
  const saved = await retryOnUniqueClash(() =>
    getDb().$transaction(async (tx) => {
      const before = await tx.claim.findUnique({
        where: { id: input.claimId },
        select: { id: true, slug: true, text: true, claimant: true, lockVersion: true, publishedAt: true, updatedAt: true },
      })
      if (!before) throw notFound('claim')
      if (before.lockVersion !== input.lockVersion) return refuseStale(tx, before.id, before.updatedAt)
      const claimant = input.claimant ?? null
      if (before.text === input.text && before.claimant === claimant) return { ...before, isChanged: false }
      // The verdict rates these words: once it is under review or published they stay as they are.
      const inReview = await tx.verdict.count({ where: { claimId: before.id, status: { in: ['SUBMITTED', 'APPROVED'] } } })
      if (before.publishedAt || inReview > 0) {
        throw forbiddenError(
          before.publishedAt
            ? 'This claim is published, so its wording is locked: readers and the verdict refer to these words. Nothing was saved.'
            : 'A verdict on this claim is awaiting approval, so its wording is locked until an editor returns it. Nothing was saved.',
        )
      }
      const slug = before.text === input.text ? before.slug : await freeClaimSlug(tx, input.text, before.id)
      // The version check and the write are one statement, so two saves can't both pass the check.
      const { count } = await tx.claim.updateMany({
        where: { id: before.id, lockVersion: input.lockVersion },
        data: { text: input.text, claimant, slug, lockVersion: { increment: 1 } },
      })
      if (count === 0) return refuseStale(tx, before.id, before.updatedAt)
      const after = { slug, text: input.text, claimant, lockVersion: input.lockVersion + 1 }
      const { id: _, updatedAt: _at, publishedAt: _p, ...auditBefore } = before
      await audit(tx, { actorId: user.id, action: 'claim.update', entityType: 'Claim', entityId: before.id, before: auditBefore, after })
      return { ...before, ...after, isChanged: true }
    }),
  )
  if (saved.isChanged) {
    revalidatePath('/review/claims')
    revalidatePath(`/review/claims/${saved.id}`)
  }
  return { status: 'ok', message: saved.isChanged ? 'Claim saved.' : 'Nothing had changed; nothing was saved.' }
})
