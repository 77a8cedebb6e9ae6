'use server'

import { audit, staleSaveError } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { RELATION_GONE as GONE, resolveRefusal } from '../figures/conflict-rules'
import { affectedPages, revalidateQuantityPages } from '../server/figures/revalidate'
import { getDb } from '../db'
import { AppError, forbiddenError } from '../errors'
import { formatMoment } from '../format'
import { conflictResolveSchema } from '../validations/conflict'

/**
 * Settles a conflict between two figures: by ranking them, as scopes that differ, or as a real
 * disagreement; always with a note. It leaves the queue and waits for an editor, never the same
 * person, to publish it; a ranking's ranks are written to the figures only then.
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
    if (relation.updatedAt.toISOString() !== input.updatedAt) throw await staleSaveError(tx, { entityType: 'FigureRelation', id: relation.id, what: 'conflict', updatedAt: relation.updatedAt })

    const now = new Date()
    // A ranking's ranks are the resolution's until an editor publishes it (publish-conflict-resolution).
    const ranks =
      input.resolution === 'RANKED'
        ? { rankA: input.rankA!, rankReasonKindA: input.reasonA ?? null, rankB: input.rankB!, rankReasonKindB: input.reasonB ?? null }
        : {}
    const resolved = { resolution: input.resolution, resolutionNote: input.note, ...ranks, resolvedById: user.id, resolvedAt: now }
    const saved = await tx.figureRelation.updateMany({ where: { id: relation.id, resolvedAt: null, kind: 'CONFLICT' }, data: resolved })
    // Resolved or changed by someone else between the read and this write: name them, as any stale save does.
    if (saved.count === 0) throw await staleSaveError(tx, { entityType: 'FigureRelation', id: relation.id, what: 'conflict', updatedAt: now })
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
