'use server'

import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb, type DbTransaction } from '../db'
import { AppError } from '../errors'
import { verdictCorrectionSchema } from '../validations/verdict'
import { auditSnapshot, authorize, createRevision, loadRevision } from '../server/verdicts/verdict-store'
import { isUniqueViolation } from '../db-errors'
import { readInclusions, replaceInclusions, resolveInclusions } from '../server/verdicts/inclusions'
import { revalidateVerdictPages } from '../server/verdicts/revalidate'

/** The revision's inclusions that are still not public. */
async function unpublished(tx: DbTransaction, verdictId: string) {
  const { figureIds, appearanceIds } = await readInclusions(tx, verdictId)
  const [figures, appearances] = await Promise.all([
    tx.figure.findMany({ where: { id: { in: figureIds }, publishedAt: null }, select: { id: true } }),
    tx.appearance.findMany({ where: { id: { in: appearanceIds }, publishedAt: null }, select: { id: true } }),
  ])
  return { figureIds: figures.map((row) => row.id), appearanceIds: appearances.map((row) => row.id) }
}

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
    // What the corrected revision included but did not publish (held back) is offered again.
    const includes = await resolveInclusions(tx, current.claimId, await unpublished(tx, current.id))
    await replaceInclusions(tx, created.id, includes)
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
