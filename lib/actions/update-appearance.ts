'use server'

import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../public-site'
import { audit } from '../audit'
import { authedAction } from '../authed-action'
import { getDb } from '../db'
import { AppError, notFound } from '../errors'
import { STANCE_LABELS, appearanceUpdateSchema } from '../validations/claim'

/** Changes whether a source makes, supports or disputes a claim. */
export const updateAppearance = authedAction({ permission: 'claim.write', schema: appearanceUpdateSchema }, async (input, { user }) => {
  const saved = await getDb().$transaction(async (tx) => {
    const before = await tx.appearance.findUnique({
      where: { id: input.appearanceId },
      select: { id: true, stance: true, claim: { select: { id: true, slug: true, publishedAt: true } }, quote: { select: { snapshot: { select: { sourceId: true } } } } },
    })
    if (!before) throw notFound('appearance')
    if (before.stance === input.stance) return { ...before, isChanged: false }
    // Conditional on the stance read above, so a concurrent change is refused rather than overwritten.
    const { count } = await tx.appearance.updateMany({ where: { id: before.id, stance: before.stance }, data: { stance: input.stance } })
    if (count === 0) throw new AppError('conflict', 'Someone changed this stance after you opened the page. Nothing was saved; reload to see it.')
    await audit(tx, { actorId: user.id, action: 'appearance.update', entityType: 'Appearance', entityId: before.id, before: { stance: before.stance }, after: { stance: input.stance } })
    return { ...before, isChanged: true }
  })
  if (saved.isChanged) {
    revalidatePath(`/review/claims/${saved.claim.id}`)
    revalidatePath(`/review/sources/${saved.quote.snapshot.sourceId}`)
    if (saved.claim.publishedAt) revalidatePublicSite()
  }
  return { status: 'ok', message: saved.isChanged ? `Stance changed to “${STANCE_LABELS[input.stance]}”.` : 'That was the stance already.' }
})
