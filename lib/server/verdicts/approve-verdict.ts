import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { auditSnapshot, authorize, loadRevision, writeIfCurrent } from './verdict-store'
import type { WorkflowUser } from '../../verdicts/workflow'
import { checkPublication, type PublicationChoice } from './check-publication'
import { holdBackFigures } from './hold-back-figures'

export type ApproveVerdictInput = PublicationChoice & { verdictId: string; lockVersion: number; at?: Date }

/**
 * An editor who did not write the revision approves it, having seen the list of what publishing it
 * will make public (the same gate as publishing), with the figures they hold back.
 */
export async function approveVerdict(tx: DbTransaction, user: WorkflowUser, input: ApproveVerdictInput) {
  const current = await loadRevision(tx, input.verdictId)
  await authorize(tx, 'approve', user, current, input.lockVersion)
  const { plan } = await checkPublication(tx, current.id, input)
  const now = input.at ?? new Date()
  await writeIfCurrent(tx, current, input.lockVersion, { status: 'APPROVED', approvedById: user.id, approvedAt: now })
  await holdBackFigures(tx, current.id, plan.heldBack.map((figure) => figure.id), user.id, now)
  const before = auditSnapshot(current)
  const after = { ...before, status: 'APPROVED', heldBack: plan.heldBack.map((figure) => figure.id) }
  await audit(tx, { actorId: user.id, action: 'verdict.approve', entityType: 'Verdict', entityId: current.id, before, after })
  return current
}
