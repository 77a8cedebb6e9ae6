// Records a change to something the public already reads, instead of making it (docs/decisions/016).
// The row stays as the public reads it until an editor other than the proposer publishes the change.
import { audit } from '../audit/audit-log'
import type { ChangeValues } from '../../changes/pending-change'
import { PUBLIC_VIEWER } from '../../data/public/viewer'
import { visibleSources } from '../../data/public/visibility'
import type { DbTransaction } from '../../db'
import { AppError } from '../../errors'
import { formatMoment } from '../../format'
import { askerName } from '../../labels/capture'
import type { Prisma } from '../../generated/prisma/client'
import type { PendingChangeKind } from '../../generated/prisma/enums'

export type ChangeProposal<K extends PendingChangeKind> = {
  kind: K
  figureId?: string
  sourceId?: string
  appearanceId?: string
  snapshotId?: string
  before: ChangeValues[K]
  after: ChangeValues[K]
}

/** A source is public when the public can read one of its quotes (lib/data/public/visibility.ts). */
export async function isPublicSource(tx: DbTransaction, sourceId: string): Promise<boolean> {
  return (await tx.source.count({ where: { id: sourceId, ...visibleSources(PUBLIC_VIEWER) } })) > 0
}

/**
 * Proposes the change; refused while another change of the same kind to the same row waits.
 * `actorId` is null when no person proposes it: a version a watched source's scheduled re-check
 * found, which any editor may then publish.
 */
export async function proposeChange<K extends PendingChangeKind>(tx: DbTransaction, actorId: string | null, proposal: ChangeProposal<K>): Promise<{ id: string }> {
  const { kind, figureId = null, sourceId = null, appearanceId = null, snapshotId = null } = proposal
  const waiting = await tx.pendingChange.findFirst({
    where: { kind, status: 'PENDING', figureId, sourceId, appearanceId },
    select: { createdAt: true, proposedBy: { select: { name: true } } },
  })
  if (waiting) {
    throw new AppError(
      'conflict',
      `${askerName(waiting.proposedBy)} proposed a change of this kind at ${formatMoment(waiting.createdAt)}, and it waits for an editor. Nothing was saved; it must be published or withdrawn first (Review › Changes).`,
    )
  }
  const change = await tx.pendingChange.create({
    data: {
      kind,
      figureId,
      sourceId,
      appearanceId,
      snapshotId,
      before: proposal.before as Prisma.InputJsonValue,
      after: proposal.after as Prisma.InputJsonValue,
      proposedById: actorId,
    },
    select: { id: true },
  })
  await audit(tx, { actorId, action: 'change.propose', entityType: 'PendingChange', entityId: change.id, after: { kind, figureId, sourceId, appearanceId, snapshotId, before: proposal.before, after: proposal.after } })
  return change
}
