// A stored figure as the comparison reads it (lib/figures/compare), and a quantity's relations as
// rows to store: pure, so the pages' reads, the relation writes (lib/server/figures/figure-relations.ts)
// and the benchmark share one definition, and unit tests need no database.
import type { Prisma } from '../generated/prisma/client'
import { relationsOf, type ComparableFigure, type Relation } from './compare'

/** The columns that state a figure's number: what comparing it, and checking it against its words, read. */
export const STATED_FIELDS = { qualifier: true, value: true, low: true, high: true, unit: true } as const satisfies Prisma.FigureSelect

/** The columns a comparison reads. */
export const COMPARED_FIELDS = { id: true, ...STATED_FIELDS, periodStart: true, periodEnd: true } as const satisfies Prisma.FigureSelect

export type ComparedRow = Prisma.FigureGetPayload<{ select: typeof COMPARED_FIELDS }>

export function toComparable(row: ComparedRow): ComparableFigure {
  const number = (value: ComparedRow['value']) => (value === null ? null : value.toNumber())
  return { ...row, value: number(row.value), low: number(row.low), high: number(row.high) }
}

/** A FigureRelation row as computed, before it is stored. */
export type RelationRow = Pick<Relation, 'kind' | 'isComparable' | 'earlierId' | 'change'> & { quantityId: string; figureAId: string; figureBId: string }

/** Each pair is stored once, in id order. */
export function pairRow(quantityId: string, figureId: string, relation: Relation & { otherId: string }): RelationRow {
  const [figureAId, figureBId] = figureId < relation.otherId ? [figureId, relation.otherId] : [relation.otherId, figureId]
  return { quantityId, figureAId, figureBId, kind: relation.kind, isComparable: relation.isComparable, earlierId: relation.earlierId, change: relation.change }
}

/**
 * Every relation of one quantity's figures, given in id order, as rows to store: what
 * refreshQuantityRelations stores, and the benchmark stores in bulk.
 */
export function quantityRelationRows(quantityId: string, figures: ComparableFigure[], unit: string): RelationRow[] {
  return figures.flatMap((figure, i) => relationsOf(figure, figures.slice(i + 1), unit).map((relation) => pairRow(quantityId, figure.id, relation)))
}
