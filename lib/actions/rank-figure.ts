'use server'

import { audit, staleSaveError } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { guardIncludedFigureChange } from '../verdicts/inclusions'
import { affectedPages, revalidateQuantityPages } from '../server/figures/revalidate'
import { getDb } from '../db'
import { notFound } from '../errors'
import { proposeChange } from '../server/changes/propose-change'
import { figureRankSchema } from '../validations/figure'

/**
 * Ranks one figure (preferred, normal, deprecated) with a reason. Its value is unchanged, so its
 * relations stay. A published figure's rank is public: the new one is proposed, and the public keeps
 * the old one until an editor other than the proposer publishes it (docs/decisions/016).
 */
export const rankFigure = authedAction({ permission: 'figure.write', schema: figureRankSchema }, async (input, { user }) => {
  const { id, updatedAt, ...rank } = input
  const after = { rank: rank.rank, rankReasonKind: rank.rankReasonKind ?? null, rankReason: rank.rankReason ?? null }
  const outcome = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Figure" WHERE id = ${id} FOR UPDATE`
    const row = await tx.figure.findUnique({ where: { id }, select: { rank: true, rankReasonKind: true, rankReason: true, publishedAt: true, updatedAt: true } })
    if (!row) throw notFound('figure')
    const { updatedAt: at, publishedAt, ...before } = row
    if (at.toISOString() !== updatedAt) throw await staleSaveError(tx, { entityType: 'Figure', id, what: 'figure', updatedAt: at })
    await guardIncludedFigureChange(tx, id, user.id, new Date())
    if (publishedAt) return { changeId: (await proposeChange(tx, user.id, { kind: 'FIGURE_RANK', figureId: id, before, after })).id, pages: null }
    await tx.figure.update({ where: { id }, data: after })
    await audit(tx, { actorId: user.id, action: 'figure.rank', entityType: 'Figure', entityId: id, before, after })
    return { changeId: null, pages: await affectedPages(tx, [id]) }
  })
  if (outcome.changeId) {
    revalidateChangePages({ id: outcome.changeId, figureId: id, sourceId: null }, false)
    return { status: 'ok', message: 'Rank change proposed. The figure is published, so the public keeps its current rank until an editor other than you publishes the change (Review › Changes).' }
  }
  revalidateQuantityPages(outcome.pages!)
  return { status: 'ok', message: 'Rank saved.' }
})
