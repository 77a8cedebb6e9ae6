'use server'

import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { affectedPages, revalidateQuantityPages } from '../server/figures/revalidate'
import { getDb } from '../db'
import { rankFigure as rank } from '../server/figures/rank-figure'
import { figureRankSchema } from '../validations/figure'

/**
 * Ranks one figure (preferred, normal, deprecated) with a reason (lib/server/figures/rank-figure.ts).
 * A published figure's rank is public: the new one is proposed, and the public keeps the old one
 * until an editor other than the proposer publishes it (docs/decisions/016).
 */
export const rankFigure = authedAction({ permission: 'figure.write', schema: figureRankSchema }, async (input, { user }) => {
  const outcome = await getDb().$transaction(async (tx) => {
    const { changeId } = await rank(tx, user, input)
    return { changeId, pages: changeId ? null : await affectedPages(tx, [input.id]) }
  })
  if (outcome.changeId) {
    revalidateChangePages({ id: outcome.changeId, figureId: input.id, sourceId: null }, false)
    return { status: 'ok', message: 'Rank change proposed. The figure is published, so the public keeps its current rank until an editor other than you publishes the change (Review › Changes).' }
  }
  revalidateQuantityPages(outcome.pages!)
  return { status: 'ok', message: 'Rank saved.' }
})
