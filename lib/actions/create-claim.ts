'use server'

import { revalidatePath } from 'next/cache'
import { acceptSuggestion } from '../server/annotations/accept-suggestion'
import { quoteForRange } from '../server/annotations/quote-for-range'
import { retryOnUniqueClash } from '../server/annotations/free-slug'
import { createClaim as create } from '../server/claims/create-claim'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { AppError } from '../errors'
import { claimCreateSchema } from '../validations/claim'

/** A new, unpublished claim from a selected passage, which becomes its first appearance (lib/server/claims/create-claim.ts). */
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
      if (input.suggestionId) await acceptSuggestion(tx, input.suggestionId, input.snapshotId, user.id)
      const claim = await create(tx, user, { text: input.text, claimant: input.claimant ?? null, appearances: [{ quoteId, stance: input.stance }] })
      return { claimId: claim.id, quoteId, sourceId }
    }),
  )
  revalidatePath('/review/claims')
  revalidatePath(`/review/sources/${saved.sourceId}`)
  return { redirectTo: `/review/sources/${saved.sourceId}?claim=${saved.claimId}#q-${saved.quoteId}` }
})
