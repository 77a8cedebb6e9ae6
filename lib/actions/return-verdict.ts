'use server'

import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { verdictReturnSchema } from '../validations/verdict'
import { auditSnapshot, authorize, loadRevision, writeIfCurrent } from '../server/verdicts/verdict-store'
import { revalidateVerdictPages } from '../server/verdicts/revalidate'

/** An editor sends a submitted (or approved, unpublished) revision back with a comment. */
export const returnVerdict = authedAction({ permission: 'verdict.return', schema: verdictReturnSchema }, async (input, { user }) => {
  const row = await getDb().$transaction(async (tx) => {
    const current = await loadRevision(tx, input.verdictId)
    await authorize(tx, 'return', user, current, input.lockVersion)
    // A returned revision needs a fresh approval once it comes back.
    await writeIfCurrent(tx, current, input.lockVersion, { status: 'CHANGES_REQUESTED', reviewComment: input.comment, approvedById: null, approvedAt: null })
    await tx.verdictFigure.updateMany({ where: { verdictId: current.id }, data: { heldBackAt: null, heldBackById: null } })
    const before = auditSnapshot(current)
    await audit(tx, {
      actorId: user.id,
      action: 'verdict.return',
      entityType: 'Verdict',
      entityId: current.id,
      before,
      after: { ...before, status: 'CHANGES_REQUESTED', reviewComment: input.comment },
    })
    return current
  })
  revalidateVerdictPages(row.claimId, false)
  return { status: 'ok', message: 'Returned with your comment. It appears in its author’s “Returned to me” queue.' }
})
