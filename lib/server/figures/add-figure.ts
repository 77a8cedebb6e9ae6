// Adding a figure, inside the caller's transaction: what the createFigure action does once it
// knows who is calling, what the seed does for each corpus figure, and what `npm run bench:figures`
// times. No Next.js imports.
import { acceptSuggestion } from '../annotations/accept-suggestion'
import { quoteForRange } from '../annotations/quote-for-range'
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { AppError, notFound } from '../../errors'
import { figureDisagreement, readingSentence } from '../../figures/agreement'
import { newId } from '../../ids'
import { createQuantity } from './create-quantity'
import { refreshFigureRelations, type LockedQuantity } from './figure-relations'
import { NEW_QUANTITY, type FigureCreateInput } from '../../validations/figure'

type FigureValues = Pick<FigureCreateInput, 'qualifier' | 'value' | 'low' | 'high' | 'unit' | 'periodStart' | 'periodEnd' | 'periodLabel' | 'derivation'>

/**
 * Refuses a figure that does not state what its quote's words say (lib/figures/agreement.ts),
 * unless it gives the reason it is derived from them; the reading goes under the value field.
 * Creating and editing a figure both call this inside their transaction, so nothing is written.
 */
export function checkFigureWords(exact: string, figure: Pick<FigureValues, 'qualifier' | 'value' | 'low' | 'high' | 'unit' | 'derivation'>) {
  if (figure.derivation) return
  const disagreement = figureDisagreement(exact, figure)
  if (disagreement === null) return
  throw new AppError('invalid', 'This figure does not say what its quoted words say, so nothing was saved. Correct it, or give the reason it is derived from the words.', {
    value: [readingSentence(disagreement)],
    derivation: ['Correct the figure, or say here how it is derived from the words, e.g. “two thirds of 900” or “a unit conversion: 3 days = 72 hours”.'],
  })
}

/** The new figure's row as stored, which its audit entry records, and its quantity's unit. */
type StoredFigure = Record<string, unknown> & { id: string; claimId: string | null; createdAt: Date; updatedAt: Date; quantityUnit: string }

/**
 * Inserts a figure into an existing quantity, locking the quantity first in the same statement
 * (the lock lockQuantity takes, so figures added at once see each other); null when there is no
 * such quantity. One statement where a lock, then an insert through the client, took two.
 */
async function insertFigure(tx: DbTransaction, quantityId: string, quoteId: string, claimId: string | null, values: FigureValues, userId: string) {
  const [stored] = await tx.$queryRaw<StoredFigure[]>`
    WITH q AS (SELECT id, unit FROM "Quantity" WHERE id = ${quantityId} FOR UPDATE),
    f AS (
      INSERT INTO "Figure" (id, "quantityId", "quoteId", "claimId", "qualifier", "value", "low", "high", "unit", "periodStart", "periodEnd", "periodLabel", "derivation", "createdById", "updatedAt")
      SELECT ${newId()}, q.id, ${quoteId}, ${claimId}, ${values.qualifier}::"FigureQualifier", ${values.value}::numeric, ${values.low}::numeric, ${values.high}::numeric,
             ${values.unit}, ${values.periodStart}::date, ${values.periodEnd}::date, ${values.periodLabel ?? null}, ${values.derivation ?? null}, ${userId}, now()
      FROM q
      RETURNING *
    )
    SELECT f.*, q.unit AS "quantityUnit" FROM f, q`
  if (!stored) return null
  const { createdAt: _created, updatedAt, quantityUnit, ...row } = stored
  return { row, updatedAt, quantity: { id: quantityId, unit: quantityUnit } satisfies LockedQuantity }
}

/** `updatedAt`: the new row's, the copy a rank given at once (the seed's) is based on. */
export type AddedFigure = { figureId: string; claimId: string | null; quoteId: string; sourceId: string; updatedAt: Date; relations: number; conflicts: number }

/**
 * A figure stated in a selected passage, in the quantity chosen or a new one named in the form,
 * with its relations to the quantity's other figures, so a conflict reaches the queue at once. It
 * stays unpublished (publishedAt null) until a verdict revision that includes it is published; one that
 * disagrees with its words without a reason is refused (checkFigureWords). Accepting a
 * FIGURE suggestion saves through here with its id.
 */
export async function addFigure(tx: DbTransaction, input: FigureCreateInput, userId: string): Promise<AddedFigure> {
  if (input.claimId && !(await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } }))) throw notFound('claim')
  const { quoteId, sourceId, exact } = await quoteForRange(tx, input, userId)
  checkFigureWords(exact, input)
  const quantityId =
    input.quantityId === NEW_QUANTITY ? await createQuantity(tx, { id: userId }, { name: input.quantityName!, unit: input.quantityUnit ?? input.unit }) : input.quantityId
  const inserted = await insertFigure(tx, quantityId, quoteId, input.claimId ?? null, input, userId)
  if (!inserted) throw notFound('quantity')
  const figure = inserted.row
  const { relations, conflicts } = await refreshFigureRelations(tx, figure.id, { isNew: true, quantity: inserted.quantity })
  if (input.suggestionId) await acceptSuggestion(tx, input.suggestionId, input.snapshotId, userId)
  await audit(tx, { actorId: userId, action: 'figure.create', entityType: 'Figure', entityId: figure.id, after: figure })
  return { figureId: figure.id, claimId: figure.claimId, quoteId, sourceId, updatedAt: inserted.updatedAt, relations, conflicts }
}
