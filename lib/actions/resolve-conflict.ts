'use server'

import { audit, lastChange } from '../audit'
import { authedAction } from '../authed-action'
import { RELATION_GONE as GONE, resolveRefusal } from '../conflicts/rules'
import { affectedPages, revalidateQuantityPages } from '../conflicts/revalidate'
import { getDb } from '../db'
import { AppError, conflictError, forbiddenError } from '../errors'
import { formatMoment } from '../format'
import { conflictResolveSchema } from '../validations/conflict'

const RANK_FIELDS = { rank: true, rankReasonKind: true, rankReason: true } as const

/**
 * Settles a conflict between two figures: by ranking them (both ranks written), as scopes that
 * differ, or as a real disagreement; always with a note. It leaves the queue and waits for an
 * editor, never the same person, to publish it.
 */
export const resolveConflict = authedAction({ permission: 'conflict.resolve', schema: conflictResolveSchema }, async (input, { user }) => {
  const pages = await getDb().$transaction(async (tx) => {
    // Locks the row so two people resolving at once are settled one after the other.
    await tx.$queryRaw`SELECT id FROM "FigureRelation" WHERE id = ${input.relationId} FOR UPDATE`
    const relation = await tx.figureRelation.findUnique({
      where: { id: input.relationId },
      select: { id: true, kind: true, figureAId: true, figureBId: true, resolution: true, resolvedById: true, resolvedAt: true, resolvedBy: { select: { name: true } }, resolutionPublishedAt: true, updatedAt: true },
    })
    if (!relation) throw GONE
    if (relation.resolvedAt) {
      throw new AppError('conflict', `${relation.resolvedBy?.name ?? 'Someone'} resolved this conflict at ${formatMoment(relation.resolvedAt)}, after you opened it. Nothing of yours was saved; reload the page to see their resolution.`)
    }
    const refusal = resolveRefusal(relation, user)
    if (refusal) throw forbiddenError(`${refusal} Nothing was saved.`)
    if (relation.updatedAt.toISOString() !== input.updatedAt) {
      const last = await lastChange(tx, 'FigureRelation', relation.id)
      throw conflictError('conflict', last?.by ?? 'Someone', last?.at ?? relation.updatedAt)
    }

    const now = new Date()
    if (input.resolution === 'RANKED') {
      const sides = [
        { id: relation.figureAId, rank: input.rankA!, rankReasonKind: input.reasonA ?? null },
        { id: relation.figureBId, rank: input.rankB!, rankReasonKind: input.reasonB ?? null },
      ]
      for (const side of sides) {
        const before = await tx.figure.findUniqueOrThrow({ where: { id: side.id }, select: RANK_FIELDS })
        const after = { rank: side.rank, rankReasonKind: side.rankReasonKind, rankReason: input.note }
        await tx.figure.update({ where: { id: side.id }, data: after })
        await audit(tx, { actorId: user.id, action: 'figure.rank', entityType: 'Figure', entityId: side.id, before, after })
      }
    }
    const resolved = { resolution: input.resolution, resolutionNote: input.note, resolvedById: user.id, resolvedAt: now }
    const saved = await tx.figureRelation.updateMany({ where: { id: relation.id, resolvedAt: null, kind: 'CONFLICT' }, data: resolved })
    if (saved.count === 0) throw conflictError('conflict', 'Someone', now)
    await audit(tx, {
      actorId: user.id,
      action: 'conflict.resolve',
      entityType: 'FigureRelation',
      entityId: relation.id,
      before: { resolution: null, resolutionNote: null, resolvedById: null, resolvedAt: null },
      after: resolved,
    })
    return affectedPages(tx, [relation.figureAId, relation.figureBId])
  })
  revalidateQuantityPages(pages)
  return { status: 'ok', message: 'Conflict resolved. It has left the queue; an editor other than you publishes the resolution.' }
})
