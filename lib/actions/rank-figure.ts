'use server'

import { audit, lastChange } from '../audit'
import { authedAction } from '../authed-action'
import { guardIncludedFigureChange } from '../verdicts/inclusions'
import { affectedPages, revalidateQuantityPages } from '../conflicts/revalidate'
import { getDb } from '../db'
import { conflictError, notFound } from '../errors'
import { figureRankSchema } from '../validations/figure'

/** Ranks one figure (preferred, normal, deprecated) with a reason. Its value is unchanged, so its relations stay. */
export const rankFigure = authedAction({ permission: 'figure.write', schema: figureRankSchema }, async (input, { user }) => {
  const { id, updatedAt, ...rank } = input
  const after = { rank: rank.rank, rankReasonKind: rank.rankReasonKind ?? null, rankReason: rank.rankReason ?? null }
  const pages = await getDb().$transaction(async (tx) => {
    const before = await tx.figure.findUnique({ where: { id }, select: { rank: true, rankReasonKind: true, rankReason: true, updatedAt: true } })
    if (!before) throw notFound('figure')
    await guardIncludedFigureChange(tx, id, user.id, new Date())
    const saved = await tx.figure.updateMany({ where: { id, updatedAt: new Date(updatedAt) }, data: after })
    if (saved.count === 0) {
      const last = await lastChange(tx, 'Figure', id)
      throw conflictError('figure', last?.by ?? 'Someone', last?.at ?? before.updatedAt)
    }
    const { updatedAt: _, ...was } = before
    await audit(tx, { actorId: user.id, action: 'figure.rank', entityType: 'Figure', entityId: id, before: was, after })
    return affectedPages(tx, [id])
  })
  revalidateQuantityPages(pages)
  return { status: 'ok', message: 'Rank saved.' }
})
