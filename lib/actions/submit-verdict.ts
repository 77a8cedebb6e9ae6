'use server'

import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { verdictTransitionSchema } from '../validations/verdict'
import { auditSnapshot, authorize, loadRevision, writeIfCurrent } from '../server/verdicts/verdict-store'
import { revalidateVerdictPages } from '../server/verdicts/revalidate'

/** Sends a draft or returned revision to the editors for approval. */
export const submitVerdict = authedAction({ permission: 'verdict.submit', schema: verdictTransitionSchema }, async (input, { user }) => {
  const row = await getDb().$transaction(async (tx) => {
    const current = await loadRevision(tx, input.verdictId)
    await authorize(tx, 'submit', user, current, input.lockVersion)
    await writeIfCurrent(tx, current, input.lockVersion, { status: 'SUBMITTED', submittedAt: new Date() })
    const before = auditSnapshot(current)
    await audit(tx, { actorId: user.id, action: 'verdict.submit', entityType: 'Verdict', entityId: current.id, before, after: { ...before, status: 'SUBMITTED' } })
    return current
  })
  revalidateVerdictPages(row.claimId, false)
  return { status: 'ok', message: 'Submitted for approval. An editor who has not changed it will review it.' }
})
