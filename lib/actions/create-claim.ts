'use server'

import { revalidatePath } from 'next/cache'
import { acceptSuggestion, freeClaimSlug, quoteForRange, retryOnUniqueClash } from '../server/annotations/annotation-writes'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { AppError } from '../errors'
import { claimCreateSchema } from '../validations/claim'

/** A new, unpublished claim from a selected passage, which becomes its first appearance. */
export const createClaim = authedAction({ permission: 'claim.write', schema: claimCreateSchema }, async (input, { user }) => {
  const saved = await retryOnUniqueClash(() =>
    getDb().$transaction(async (tx) => {
      const same = await tx.claim.findFirst({ where: { text: { equals: input.text, mode: 'insensitive' } }, select: { id: true } })
      if (same) {
        throw new AppError('invalid', 'A claim with these words exists already; nothing was saved.', {
          text: ['This claim exists already: attach the passage to it instead'],
        })
      }
      const { quoteId, sourceId } = await quoteForRange(tx, input, user.id)
      const claim = await tx.claim.create({
        data: { slug: await freeClaimSlug(tx, input.text), text: input.text, claimant: input.claimant ?? null, createdById: user.id },
        select: { id: true, slug: true, text: true, claimant: true, lockVersion: true },
      })
      const appearance = await tx.appearance.create({ data: { claimId: claim.id, quoteId, stance: input.stance }, select: { id: true, quoteId: true, stance: true } })
      if (input.suggestionId) await acceptSuggestion(tx, input.suggestionId, input.snapshotId, user.id)
      await audit(tx, { actorId: user.id, action: 'claim.create', entityType: 'Claim', entityId: claim.id, after: { ...claim, appearances: [appearance] } })
      return { claimId: claim.id, quoteId, sourceId }
    }),
  )
  revalidatePath('/review/claims')
  revalidatePath(`/review/sources/${saved.sourceId}`)
  return { redirectTo: `/review/sources/${saved.sourceId}?claim=${saved.claimId}#q-${saved.quoteId}` }
})
