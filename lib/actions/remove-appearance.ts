'use server'

import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../server/public-cache'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { forbiddenError, notFound } from '../errors'
import { appearanceRemoveSchema } from '../validations/claim'

/**
 * Detaches a passage from a claim, unless a published verdict of the claim cites it. A quote that
 * nothing uses any more is deleted with it, so the reader does not highlight it.
 */
export const removeAppearance = authedAction({ permission: 'claim.write', schema: appearanceRemoveSchema }, async (input, { user }) => {
  const removed = await getDb().$transaction(async (tx) => {
    const appearance = await tx.appearance.findUnique({
      where: { id: input.appearanceId },
      select: { id: true, claimId: true, quoteId: true, stance: true, claim: { select: { slug: true, publishedAt: true } }, quote: { select: { exact: true, snapshot: { select: { sourceId: true } } } } },
    })
    if (!appearance) throw notFound('appearance')
    // A verdict that is published, or in an editor's hands, relies on the passage being there.
    const citing = await tx.verdictEvidence.count({
      where: { quoteId: appearance.quoteId, verdict: { claimId: appearance.claimId, status: { in: ['SUBMITTED', 'APPROVED', 'PUBLISHED'] } } },
    })
    if (citing > 0) throw forbiddenError('A verdict that is published or awaiting approval cites this passage, so it stays attached. Nothing was removed.')
    await tx.appearance.delete({ where: { id: appearance.id } })
    const { claim: _, quote, ...row } = appearance
    await audit(tx, { actorId: user.id, action: 'appearance.delete', entityType: 'Appearance', entityId: appearance.id, before: { ...row, exact: quote.exact } })
    const uses = await tx.quote.findUnique({ where: { id: appearance.quoteId }, select: { _count: { select: { appearances: true, figures: true, evidence: true } } } })
    if (uses && uses._count.appearances + uses._count.figures + uses._count.evidence === 0) {
      await tx.quote.delete({ where: { id: appearance.quoteId } })
      await audit(tx, { actorId: user.id, action: 'quote.delete', entityType: 'Quote', entityId: appearance.quoteId, before: { exact: quote.exact } })
    }
    return appearance
  })
  revalidatePath(`/review/claims/${removed.claimId}`)
  revalidatePath(`/review/sources/${removed.quote.snapshot.sourceId}`)
  if (removed.claim.publishedAt) {
    revalidatePublicSite()
  }
  return { status: 'ok', message: 'Passage removed from this claim.' }
})
