'use server'

import { audit } from '../audit'
import { authedAction } from '../authed-action'
import { getDb } from '../db'
import { addClaimSearchWords } from '../search/store-words'
import { verdictTransitionSchema } from '../validations/verdict'
import { auditSnapshot, authorize, loadRevision, revalidateVerdictPages, writeIfCurrent } from '../verdicts/store'

/**
 * Publishes an approved revision: it replaces the previous published one, and the claim and its
 * figures become public with it, all in one transaction.
 */
export const publishVerdict = authedAction({ permission: 'verdict.publish', schema: verdictTransitionSchema }, async (input, { user }) => {
  const row = await getDb().$transaction(async (tx) => {
    const current = await loadRevision(tx, input.verdictId)
    await authorize(tx, 'publish', user, current, input.lockVersion)
    const now = new Date()
    const actor = { actorId: user.id }
    await writeIfCurrent(tx, current, input.lockVersion, { status: 'PUBLISHED', publishedById: user.id, publishedAt: now })
    const before = auditSnapshot(current)
    await audit(tx, { ...actor, action: 'verdict.publish', entityType: 'Verdict', entityId: current.id, before, after: { ...before, status: 'PUBLISHED' } })

    const previous = await tx.verdict.findMany({
      where: { claimId: current.claimId, status: 'PUBLISHED', supersededAt: null, id: { not: current.id } },
      select: { id: true, revision: true },
    })
    for (const replaced of previous) {
      await tx.verdict.update({ where: { id: replaced.id }, data: { supersededAt: now, lockVersion: { increment: 1 } } })
      const after = { supersededAt: now, supersededBy: `revision ${current.revision}` }
      await audit(tx, { ...actor, action: 'verdict.supersede', entityType: 'Verdict', entityId: replaced.id, before: { supersededAt: null }, after })
    }

    // Bumping the lock version refuses a claim edit that began before this publication. Public
    // search reads the copies of the rating and summary (Claim.currentRating, currentSummary).
    await tx.claim.update({ where: { id: current.claimId }, data: { lockVersion: { increment: 1 }, currentRating: current.rating, currentSummary: current.summary } })
    const claim = await tx.claim.updateMany({ where: { id: current.claimId, publishedAt: null }, data: { publishedAt: now } })
    if (claim.count > 0) {
      await audit(tx, { ...actor, action: 'claim.publish', entityType: 'Claim', entityId: current.claimId, before: { publishedAt: null }, after: { publishedAt: now } })
    }

    // Only the figures that existed when the editor approved: one added since has not been reviewed.
    const figures = await tx.figure.findMany({
      where: { claimId: current.claimId, publishedAt: null, createdAt: { lte: current.approvedAt ?? now } },
      select: { id: true },
    })
    await tx.figure.updateMany({ where: { id: { in: figures.map((figure) => figure.id) } }, data: { publishedAt: now } })
    for (const figure of figures) {
      await audit(tx, { ...actor, action: 'figure.publish', entityType: 'Figure', entityId: figure.id, before: { publishedAt: null }, after: { publishedAt: now } })
    }
    // Search may now correct a misspelling to the words that just became public.
    await addClaimSearchWords(tx, current.claimId)
    return current
  })
  revalidateVerdictPages(row.claimId, true)
  return { status: 'ok', message: `Published. The public claim page now shows revision ${row.revision}.` }
})
