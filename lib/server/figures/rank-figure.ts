// A figure's rank (preferred, normal, deprecated) and its reason, inside the caller's transaction:
// ranking one figure (the rankFigure action, the seed's ranked figures), and the one write of a rank
// that publishing a conflict's ranking or a pending rank change also make. No Next.js imports.
import { audit, staleSaveError } from '../audit/audit-log'
import type { FigureRankValues } from '../../changes/pending-change'
import type { DbTransaction } from '../../db'
import { notFound } from '../../errors'
import { proposeChange } from '../changes/propose-change'
import type { FigureRankInput } from '../../validations/figure'
import { guardIncludedFigureChange } from '../verdicts/inclusions'

/**
 * Writes the rank and audits it (`figure.rank`); `provenance` names what it publishes, if anything
 * (the resolution or the pending change it comes from, and who proposed it).
 */
export async function writeRank(tx: DbTransaction, actorId: string, figureId: string, before: FigureRankValues, after: FigureRankValues, provenance: Record<string, string | null> = {}) {
  await tx.figure.update({ where: { id: figureId }, data: after })
  await audit(tx, { actorId, action: 'figure.rank', entityType: 'Figure', entityId: figureId, before, after: { ...after, ...provenance } })
}

/**
 * Ranks one figure with a reason, based on the copy at `updatedAt`. Its value is unchanged, so its
 * relations stay. A published figure's rank is public: the new one is proposed instead
 * (docs/decisions/016), and `changeId` names the proposal.
 */
export async function rankFigure(tx: DbTransaction, user: { id: string }, input: FigureRankInput): Promise<{ changeId: string | null }> {
  const { id, updatedAt } = input
  const after = { rank: input.rank, rankReasonKind: input.rankReasonKind ?? null, rankReason: input.rankReason ?? null }
  await tx.$queryRaw`SELECT id FROM "Figure" WHERE id = ${id} FOR UPDATE`
  const row = await tx.figure.findUnique({ where: { id }, select: { rank: true, rankReasonKind: true, rankReason: true, publishedAt: true, updatedAt: true } })
  if (!row) throw notFound('figure')
  const { updatedAt: at, publishedAt, ...before } = row
  if (at.toISOString() !== updatedAt) throw await staleSaveError(tx, { entityType: 'Figure', id, what: 'figure', updatedAt: at })
  await guardIncludedFigureChange(tx, id, user.id, new Date())
  if (publishedAt) return { changeId: (await proposeChange(tx, user.id, { kind: 'FIGURE_RANK', figureId: id, before, after })).id }
  await writeRank(tx, user.id, id, before, after)
  return { changeId: null }
}
