// Keeps FigureRelation up to date: when a figure is added, or its value, unit, period or quantity
// changes, its relations with the other figures of its quantity are recomputed, and only those,
// so the cost grows with the size of one quantity, never with the knowledge base. No Next.js
// imports, so the seed and the benchmark use it too.
import type { DbTransaction } from '../../db'
import { COMPARED_FIELDS, pairRow, quantityRelationRows, toComparable, type RelationRow } from '../../figures/comparable'
import { relationsOf } from '../../figures/compare'
import { newId } from '../../ids'

const INSERT_BATCH = 10_000

/**
 * Stores relation rows with one INSERT … SELECT FROM unnest(…) a batch: Prisma's createMany
 * costs about half a millisecond a row, which was most of the time of adding a figure.
 */
export async function insertRelations(tx: Pick<DbTransaction, '$executeRaw'>, rows: RelationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH)
    const column = <K extends keyof RelationRow>(key: K) => batch.map((row) => row[key])
    await tx.$executeRaw`
      INSERT INTO "FigureRelation" (id, "quantityId", "figureAId", "figureBId", kind, "isComparable", "earlierId", change, "updatedAt")
      SELECT *, now() FROM unnest(
        ${batch.map(newId)}::text[], ${column('quantityId')}::text[], ${column('figureAId')}::text[], ${column('figureBId')}::text[],
        ${column('kind')}::"FigureRelationKind"[], ${column('isComparable')}::boolean[], ${column('earlierId')}::text[], ${column('change')}::"FigureChange"[])`
  }
}

export type RefreshedRelations = { relations: number; conflicts: number; reopened: number }

/** A quantity row locked for the rest of the transaction (FOR UPDATE). */
export type LockedQuantity = { id: string; unit: string }

/**
 * Locks a quantity so that figures added to it at once are compared with each other: whoever
 * locks second waits, then sees the first one's figure. Null when there is no such quantity.
 */
async function lockQuantity(tx: DbTransaction, quantityId: string): Promise<LockedQuantity | null> {
  const [quantity] = await tx.$queryRaw<LockedQuantity[]>`SELECT id, unit FROM "Quantity" WHERE id = ${quantityId} FOR UPDATE`
  return quantity ?? null
}

/**
 * Recomputes the relations of one figure with the rest of its quantity. Resolutions of its old
 * relations are dropped (the figure they judged has changed), and counted in `reopened`; a figure
 * just created has none, so `isNew` skips looking. The quantity row is locked, unless the caller
 * passes the `quantity` it locked (before creating the figure in it, or creating it). At most
 * four statements whatever the quantity's size.
 */
export async function refreshFigureRelations(
  tx: DbTransaction,
  figureId: string,
  { isNew = false, quantity: locked }: { isNew?: boolean; quantity?: LockedQuantity } = {},
): Promise<RefreshedRelations> {
  const [quantity] = locked
    ? [locked]
    : await tx.$queryRaw<LockedQuantity[]>`
        SELECT q.id, q.unit FROM "Quantity" q JOIN "Figure" f ON f."quantityId" = q.id WHERE f.id = ${figureId} FOR UPDATE OF q`
  if (!quantity) throw new Error(`No figure ${figureId} to compare`)
  const figures = (await tx.figure.findMany({ where: { quantityId: quantity.id }, select: COMPARED_FIELDS })).map(toComparable)
  const figure = figures.find((candidate) => candidate.id === figureId)
  if (!figure) throw new Error(`Figure ${figureId} is not in quantity ${quantity.id}`)
  let reopened = 0
  if (!isNew) {
    const removed = await tx.$queryRaw<Array<{ isResolved: boolean }>>`
      DELETE FROM "FigureRelation" WHERE "figureAId" = ${figureId} OR "figureBId" = ${figureId}
      RETURNING "resolvedAt" IS NOT NULL AS "isResolved"`
    reopened = removed.filter((row) => row.isResolved).length
  }
  const relations = relationsOf(figure, figures, quantity.unit)
  await insertRelations(tx, relations.map((relation) => pairRow(quantity.id, figureId, relation)))
  return { relations: relations.length, conflicts: relations.filter((relation) => relation.kind === 'CONFLICT').length, reopened }
}

/** Recomputes every relation of one quantity (the seed, and a quantity whose unit changed). */
export async function refreshQuantityRelations(tx: DbTransaction, quantityId: string): Promise<number> {
  const quantity = await lockQuantity(tx, quantityId)
  if (!quantity) throw new Error(`No quantity ${quantityId}`)
  const rows = await tx.figure.findMany({ where: { quantityId }, orderBy: { id: 'asc' }, select: COMPARED_FIELDS })
  await tx.figureRelation.deleteMany({ where: { quantityId } })
  const data = quantityRelationRows(quantityId, rows.map(toComparable), quantity.unit)
  await insertRelations(tx, data)
  return data.length
}

/** Quantities with two or more figures and no relations yet: figures stored before relations existed. */
export async function quantitiesWithoutRelations(tx: Pick<DbTransaction, '$queryRaw'>): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT q.id FROM "Quantity" q
    WHERE (SELECT count(*) FROM "Figure" f WHERE f."quantityId" = q.id) >= 2
      AND NOT EXISTS (SELECT 1 FROM "FigureRelation" r WHERE r."quantityId" = q.id)`
  return rows.map((row) => row.id)
}
