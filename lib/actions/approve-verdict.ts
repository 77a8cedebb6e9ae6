'use server'

import { audit } from '../audit'
import { authedAction } from '../authed-action'
import { getDb } from '../db'
import { verdictTransitionSchema } from '../validations/verdict'
import { auditSnapshot, authorize, loadRevision, revalidateVerdictPages, writeIfCurrent } from '../verdicts/store'

/** An editor who did not write or change the revision approves it for publication. */
export const approveVerdict = authedAction({ permission: 'verdict.approve', schema: verdictTransitionSchema }, async (input, { user }) => {
  const row = await getDb().$transaction(async (tx) => {
    const current = await loadRevision(tx, input.verdictId)
    await authorize(tx, 'approve', user, current, input.lockVersion)
    await writeIfCurrent(tx, current, input.lockVersion, { status: 'APPROVED', approvedById: user.id, approvedAt: new Date() })
    const before = auditSnapshot(current)
    await audit(tx, { actorId: user.id, action: 'verdict.approve', entityType: 'Verdict', entityId: current.id, before, after: { ...before, status: 'APPROVED' } })
    return current
  })
  revalidateVerdictPages(row.claimId, false)
  return { status: 'ok', message: 'Approved. It can now be published.' }
})
