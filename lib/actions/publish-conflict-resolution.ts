'use server'

import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { publishRefusal, RELATION_GONE as GONE } from '../figures/conflict-rules'
import { affectedPages, revalidateQuantityPages } from '../server/figures/revalidate'
import { writeRank } from '../server/figures/rank-figure'
import { getDb } from '../db'
import { AppError, forbiddenError } from '../errors'
import { formatMoment } from '../format'
import { resolutionPublishSchema } from '../validations/conflict'

/**
 * Makes a conflict's resolution public: an editor who did not resolve it (four eyes, as for
 * verdicts). A ranking's ranks, with the note as their reason, are written to both figures now.
 */
export const publishConflictResolution = authedAction({ permission: 'conflict.publish', schema: resolutionPublishSchema }, async (input, { user }) => {
  const pages = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "FigureRelation" WHERE id = ${input.relationId} FOR UPDATE`
    const relation = await tx.figureRelation.findUnique({
      where: { id: input.relationId },
      select: { id: true, kind: true, figureAId: true, figureBId: true, resolution: true, resolutionNote: true, rankA: true, rankReasonKindA: true, rankB: true, rankReasonKindB: true, resolvedById: true, resolutionPublishedAt: true, resolutionPublishedBy: { select: { name: true } }, updatedAt: true },
    })
    if (!relation) throw GONE
    if (relation.resolutionPublishedAt) {
      throw new AppError('conflict', `${relation.resolutionPublishedBy?.name ?? 'Someone'} published this resolution at ${formatMoment(relation.resolutionPublishedAt)}. Nothing more to do.`)
    }
    const refusal = publishRefusal(relation, user)
    if (refusal) throw forbiddenError(`${refusal} Nothing was published.`)
    if (relation.updatedAt.toISOString() !== input.updatedAt) {
      throw new AppError('conflict', 'This resolution changed after you opened the page. Nothing was published; reload the page and check it again.')
    }
    const now = new Date()
    const published = { resolutionPublishedAt: now, resolutionPublishedById: user.id }
    await tx.figureRelation.update({ where: { id: relation.id }, data: published })
    if (relation.resolution === 'RANKED') {
      const sides = [
        { id: relation.figureAId, rank: relation.rankA!, rankReasonKind: relation.rankReasonKindA },
        { id: relation.figureBId, rank: relation.rankB!, rankReasonKind: relation.rankReasonKindB },
      ]
      for (const side of sides) {
        const before = await tx.figure.findUniqueOrThrow({ where: { id: side.id }, select: { rank: true, rankReasonKind: true, rankReason: true } })
        const after = { rank: side.rank, rankReasonKind: side.rankReasonKind, rankReason: relation.resolutionNote }
        await writeRank(tx, user.id, side.id, before, after, { relationId: relation.id, proposedById: relation.resolvedById })
      }
    }
    await audit(tx, {
      actorId: user.id,
      action: 'conflict.publish',
      entityType: 'FigureRelation',
      entityId: relation.id,
      before: { resolutionPublishedAt: null, resolutionPublishedById: null },
      after: published,
    })
    return affectedPages(tx, [relation.figureAId, relation.figureBId])
  })
  revalidateQuantityPages(pages)
  return { status: 'ok', message: 'Resolution published. The public quantity page now shows it.' }
})
