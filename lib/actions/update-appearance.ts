'use server'

import { revalidatePath } from 'next/cache'
import { setStance } from '../server/claims/set-stance'
import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { getDb } from '../db'
import { notFound } from '../errors'
import { proposeChange } from '../server/changes/propose-change'
import { appearanceUpdateSchema } from '../validations/claim'
import { STANCE_LABELS } from '../labels/claim'

/**
 * Changes whether a source makes, supports or disputes a claim. A published passage's stance is
 * public: the new one is proposed, and the public keeps the old one until an editor other than the
 * proposer publishes it (docs/decisions/016).
 */
export const updateAppearance = authedAction({ permission: 'claim.write', schema: appearanceUpdateSchema }, async (input, { user }) => {
  const saved = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Appearance" WHERE id = ${input.appearanceId} FOR UPDATE`
    const before = await tx.appearance.findUnique({
      where: { id: input.appearanceId },
      select: { id: true, stance: true, publishedAt: true, claim: { select: { id: true } }, quote: { select: { snapshot: { select: { sourceId: true } } } } },
    })
    if (!before) throw notFound('appearance')
    if (before.stance === input.stance) return { ...before, outcome: 'unchanged' as const, changeId: null }
    if (before.publishedAt) {
      const change = await proposeChange(tx, user.id, { kind: 'APPEARANCE_STANCE', appearanceId: before.id, before: { stance: before.stance }, after: { stance: input.stance } })
      return { ...before, outcome: 'proposed' as const, changeId: change.id }
    }
    // Conditional on the stance read above, so a concurrent change is refused rather than overwritten.
    await setStance(tx, user.id, before.id, { stance: before.stance }, { stance: input.stance })
    return { ...before, outcome: 'saved' as const, changeId: null }
  })
  if (saved.outcome === 'unchanged') return { status: 'ok', message: 'That was the stance already.' }
  if (saved.changeId) {
    revalidateChangePages({ id: saved.changeId, claimId: saved.claim.id }, false)
    return {
      status: 'ok',
      message: `Change to “${STANCE_LABELS[input.stance]}” proposed. This passage is published, so the public keeps its current stance until an editor other than you publishes the change (Review › Changes).`,
    }
  }
  // Unpublished: only the team reads it.
  revalidatePath(`/review/claims/${saved.claim.id}`)
  revalidatePath(`/review/sources/${saved.quote.snapshot.sourceId}`)
  return { status: 'ok', message: `Stance changed to “${STANCE_LABELS[input.stance]}”.` }
})
