// Sending a draft or returned revision to the editors for approval: the submitVerdict action and
// the seed call this one write. No Next.js imports.
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import type { WorkflowUser } from '../../verdicts/workflow'
import { auditSnapshot, authorize, loadRevision, writeIfCurrent, type StoredRevision } from './verdict-store'

export type SubmitVerdictInput = {
  verdictId: string
  lockVersion: number
  /** When it is submitted; the seed gives the historical date. */
  at?: Date
}

export async function submitVerdict(tx: DbTransaction, user: WorkflowUser, input: SubmitVerdictInput): Promise<StoredRevision> {
  const current = await loadRevision(tx, input.verdictId)
  await authorize(tx, 'submit', user, current, input.lockVersion)
  await writeIfCurrent(tx, current, input.lockVersion, { status: 'SUBMITTED', submittedAt: input.at ?? new Date() })
  const before = auditSnapshot(current)
  await audit(tx, { actorId: user.id, action: 'verdict.submit', entityType: 'Verdict', entityId: current.id, before, after: { ...before, status: 'SUBMITTED' } })
  return current
}
