// Withdraws a pending change (docs/decisions/016): its proposer, or an editor. The public never saw
// it; a withdrawn new version's text is deleted, so the same text can be imported again.
import { audit } from '../audit/audit-log'
import type { CurrentUser } from '../../auth/session'
import type { DbTransaction } from '../../db'
import { AppError, forbiddenError, notFound } from '../../errors'
import { can } from '../../auth/permissions'
import { lockChange } from './publish-change'

export async function withdrawChange(tx: DbTransaction, user: CurrentUser, changeId: string) {
  await lockChange(tx, changeId)
  const change = await tx.pendingChange.findUnique({ where: { id: changeId }, select: { status: true, proposedById: true, snapshotId: true, figureId: true, sourceId: true, appearance: { select: { claimId: true } } } })
  if (!change) throw notFound('change')
  if (change.status !== 'PENDING') throw new AppError('conflict', 'This change is no longer waiting: it was published or withdrawn meanwhile. Nothing was changed.')
  if (change.proposedById !== user.id && !can(user.role, 'change.publish')) throw forbiddenError('Only the person who proposed this change, or an editor, may withdraw it. Nothing was changed.')
  const decided = { status: 'WITHDRAWN' as const, decidedById: user.id, decidedAt: new Date() }
  await tx.pendingChange.update({ where: { id: changeId }, data: decided })
  if (change.snapshotId) await tx.sourceSnapshot.delete({ where: { id: change.snapshotId } })
  await audit(tx, { actorId: user.id, action: 'change.withdraw', entityType: 'PendingChange', entityId: changeId, before: { status: 'PENDING' }, after: { ...decided, deletedSnapshotId: change.snapshotId } })
  return { figureId: change.figureId, sourceId: change.sourceId, claimId: change.appearance?.claimId ?? null }
}
