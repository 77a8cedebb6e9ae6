'use server'

import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../server/public-cache'
import { acceptSuggestion } from '../server/annotations/accept-suggestion'
import { quoteForRange } from '../server/annotations/quote-for-range'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { AppError, notFound } from '../errors'
import { appearanceAddSchema } from '../validations/claim'

/** Attaches a selected passage to an existing claim, with the source's stance towards it. */
export const addAppearance = authedAction({ permission: 'claim.write', schema: appearanceAddSchema }, async (input, { user }) => {
  const saved = await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, slug: true, publishedAt: true } })
    if (!claim) throw notFound('claim')
    const { quoteId, sourceId } = await quoteForRange(tx, input, user.id)
    const existing = await tx.appearance.findUnique({ where: { claimId_quoteId: { claimId: claim.id, quoteId } }, select: { id: true } })
    if (existing) {
      throw new AppError('invalid', 'This passage is already attached to that claim; nothing was saved.', { claimId: ['Already attached: choose another claim'] })
    }
    const appearance = await tx.appearance.create({ data: { claimId: claim.id, quoteId, stance: input.stance }, select: { id: true, claimId: true, quoteId: true, stance: true } })
    if (input.suggestionId) await acceptSuggestion(tx, input.suggestionId, input.snapshotId, user.id)
    await audit(tx, { actorId: user.id, action: 'appearance.create', entityType: 'Appearance', entityId: appearance.id, after: appearance })
    return { claim, quoteId, sourceId }
  })
  revalidatePath(`/review/claims/${saved.claim.id}`)
  revalidatePath(`/review/sources/${saved.sourceId}`)
  if (saved.claim.publishedAt) {
    revalidatePublicSite()
  }
  return { redirectTo: `/review/sources/${saved.sourceId}?claim=${saved.claim.id}#q-${saved.quoteId}` }
})
