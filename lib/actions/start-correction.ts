'use server'

import { audit } from '../audit'
import { authedAction } from '../authed-action'
import { getDb } from '../db'
import { AppError } from '../errors'
import { verdictCorrectionSchema } from '../validations/verdict'
import { auditSnapshot, authorize, createRevision, isUniqueViolation, loadRevision, revalidateVerdictPages } from '../verdicts/store'

/**
 * An editor starts a correction of the published verdict: a new draft revision, a copy of the
 * published one with the dated note readers will see, that goes through approval again.
 */
export const startCorrection = authedAction({ permission: 'verdict.correct', schema: verdictCorrectionSchema }, async (input, { user }) => {
  const db = getDb()
  const published = await db.$transaction(async (tx) => {
    const current = await loadRevision(tx, input.verdictId)
    await authorize(tx, 'correct', user, current, input.lockVersion)
    const latest = await tx.verdict.aggregate({ where: { claimId: current.claimId }, _max: { revision: true } })
    const content = { rating: current.rating, summary: current.summary, rationale: current.rationale, correctionNote: input.correctionNote }
    // Its starter wrote the note, so they are its author and first contributor.
    const revision = (latest._max.revision ?? current.revision) + 1
    const created = await createRevision(tx, user.id, { claimId: current.claimId, revision, ...content }, current.evidence)
    const after = { ...auditSnapshot({ ...current, ...content, status: 'DRAFT', reviewComment: null }), correcting: `revision ${current.revision}` }
    await audit(tx, { actorId: user.id, action: 'verdict.correct', entityType: 'Verdict', entityId: created.id, after })
    return current
  }).catch((error: unknown) => {
    // Two editors started a correction at the same moment: the other one's is kept.
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Another editor started a correction of this verdict just now. Reload the page to see it.')
    throw error
  })
  revalidateVerdictPages(published.claimId, false)
  return { status: 'ok', message: 'Correction started as a new draft revision. Edit it below, then submit it for approval.' }
})
