'use server'

import { revalidatePath } from 'next/cache'
import { acceptSuggestion, freeQuantitySlug, quoteForRange, retryOnUniqueClash } from '../annotation-writes'
import { audit } from '../audit'
import { authedAction } from '../authed-action'
import { getDb, type DbTransaction } from '../db'
import { notFound } from '../errors'
import { refreshFigureRelations } from '../quantities/store-relations'
import { figureCreateSchema, NEW_QUANTITY, type FigureCreateInput } from '../validations/figure'

/** The quantity chosen in the form, or a new one created from its name and unit. */
async function quantityFor(tx: DbTransaction, input: FigureCreateInput, userId: string): Promise<string> {
  if (input.quantityId !== NEW_QUANTITY) {
    const quantity = await tx.quantity.findUnique({ where: { id: input.quantityId }, select: { id: true } })
    if (!quantity) throw notFound('quantity')
    return quantity.id
  }
  const name = input.quantityName!
  const quantity = await tx.quantity.create({
    data: { slug: await freeQuantitySlug(tx, name), name, unit: input.quantityUnit ?? input.unit },
    select: { id: true, slug: true, name: true, unit: true },
  })
  await audit(tx, { actorId: userId, action: 'quantity.create', entityType: 'Quantity', entityId: quantity.id, after: quantity })
  return quantity.id
}

/**
 * A figure stated in a selected passage; its relations with the quantity's other figures are
 * computed in the same transaction, so a conflict reaches the queue at once. It stays unpublished (publishedAt null) until a verdict
 * that uses it is published. Accepting a FIGURE suggestion saves through here with its id.
 */
export const createFigure = authedAction({ permission: 'figure.write', schema: figureCreateSchema }, async (input, { user }) => {
  const saved = await retryOnUniqueClash(() =>
    getDb().$transaction(async (tx) => {
      if (input.claimId && !(await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } }))) throw notFound('claim')
      const { quoteId, sourceId } = await quoteForRange(tx, input, user.id)
      const figure = await tx.figure.create({
        data: {
          quantityId: await quantityFor(tx, input, user.id),
          quoteId,
          claimId: input.claimId ?? null,
          qualifier: input.qualifier,
          value: input.value,
          low: input.low,
          high: input.high,
          unit: input.unit,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          periodLabel: input.periodLabel ?? null,
          createdById: user.id,
        },
        omit: { createdAt: true, updatedAt: true },
      })
      const { conflicts } = await refreshFigureRelations(tx, figure.id, { isNew: true })
      if (input.suggestionId) await acceptSuggestion(tx, input.suggestionId, input.snapshotId, user.id)
      await audit(tx, { actorId: user.id, action: 'figure.create', entityType: 'Figure', entityId: figure.id, after: figure })
      return { figureId: figure.id, claimId: figure.claimId, quoteId, sourceId, conflicts }
    }),
  )
  revalidatePath(`/review/sources/${saved.sourceId}`)
  if (saved.claimId) revalidatePath(`/review/claims/${saved.claimId}`)
  if (saved.conflicts > 0) revalidatePath('/review/conflicts')
  return { redirectTo: `/review/sources/${saved.sourceId}?figure=${saved.figureId}#q-${saved.quoteId}` }
})
