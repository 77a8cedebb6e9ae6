import { auditAll } from '../audit/audit-log'
import type { DbTransaction } from '../../db'

/**
 * Records which of a revision's figures an editor holds back (they stay unpublished) and clears
 * the mark on the others; audits each change. Approving and publishing both record the choice.
 */
export async function holdBackFigures(tx: DbTransaction, verdictId: string, figureIds: readonly string[], userId: string, at: Date): Promise<void> {
  const rows = await tx.verdictFigure.findMany({ where: { verdictId }, select: { id: true, figureId: true, heldBackAt: true } })
  const wanted = new Set(figureIds)
  const changes = rows.filter((row) => wanted.has(row.figureId) !== (row.heldBackAt !== null))
  for (const row of changes) {
    const isHeld = wanted.has(row.figureId)
    await tx.verdictFigure.update({ where: { id: row.id }, data: isHeld ? { heldBackAt: at, heldBackById: userId } : { heldBackAt: null, heldBackById: null } })
  }
  await auditAll(
    tx,
    changes.map((row) => ({
      actorId: userId,
      action: wanted.has(row.figureId) ? 'figure.hold-back' : 'figure.release',
      entityType: 'Figure',
      entityId: row.figureId,
      after: { verdictId, heldBack: wanted.has(row.figureId) },
    })),
  )
}
