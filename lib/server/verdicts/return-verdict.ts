// An editor sends a submitted (or approved, unpublished) revision back with a comment: the
// returnVerdict action and the seed call this one write. No Next.js imports.
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import type { WorkflowUser } from '../../verdicts/workflow'
import { auditSnapshot, authorize, loadRevision, writeIfCurrent, type StoredRevision } from './verdict-store'

export type ReturnVerdictInput = { verdictId: string; lockVersion: number; comment: string }

export async function returnVerdict(tx: DbTransaction, user: WorkflowUser, input: ReturnVerdictInput): Promise<StoredRevision> {
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
}
