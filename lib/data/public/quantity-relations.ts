// A quantity's relations, bounded: a quantity of n figures has n(n-1)/2 of them (ADR 008), so its
// pages read counts by kind in SQL and capped lists, never every row (docs/decisions/013).
import { neighbourSteps, type ComparableFigure, type RelationKind } from '../../figures/compare'
import { getDb } from '../../db'
import { Prisma } from '../../generated/prisma/client'
import type { Viewer } from './viewer'
import { visibleRelations, visibleRelationSql, visibleResolutionSql } from './visibility'

/** The most relations of one kind a page or API answer lists; the rest are counted. */
export const RELATION_LIST_CAP = 50

export type RelationCounts = {
  /** Visible relations of each kind. */
  byKind: Record<RelationKind, number>
  /** Conflicts settled by a visible "scopes differ" resolution: no longer called disagreements. */
  explained: number
  /** Conflicts with no resolution the viewer may see. */
  unresolved: number
  /** Relations whose values were compared, explained conflicts aside. */
  comparable: number
}

type CountRow = { kind: RelationKind; total: bigint; explained: bigint; unresolved: bigint; comparable: bigint }

/** Counts of a quantity's visible relations, one aggregate over the (quantityId, kind) index. */
export async function countRelations(viewer: Viewer, quantityId: string): Promise<RelationCounts> {
  const rows = await getDb().$queryRaw<CountRow[]>(Prisma.sql`
    SELECT r."kind",
      count(*) AS total,
      count(*) FILTER (WHERE r."resolution" = 'SCOPES_DIFFER' AND ${visibleResolutionSql(viewer, 'r')}) AS explained,
      count(*) FILTER (WHERE NOT (${visibleResolutionSql(viewer, 'r')})) AS unresolved,
      count(*) FILTER (WHERE r."isComparable" AND NOT (r."kind" = 'CONFLICT' AND r."resolution" = 'SCOPES_DIFFER' AND ${visibleResolutionSql(viewer, 'r')})) AS comparable
    FROM "FigureRelation" r
    WHERE r."quantityId" = ${quantityId} AND ${visibleRelationSql(viewer, 'r')}
    GROUP BY r."kind"`)
  const counts: RelationCounts = { byKind: { CONFLICT: 0, UPDATE: 0, CONSISTENT: 0, INCOMPARABLE: 0 }, explained: 0, unresolved: 0, comparable: 0 }
  for (const row of rows) {
    counts.byKind[row.kind] = Number(row.total)
    counts.comparable += Number(row.comparable)
    if (row.kind === 'CONFLICT') Object.assign(counts, { explained: Number(row.explained), unresolved: Number(row.unresolved) })
  }
  return counts
}

const personName = { select: { id: true, name: true } } as const

const relationRow = {
  id: true,
  figureAId: true,
  figureBId: true,
  kind: true,
  isComparable: true,
  earlierId: true,
  change: true,
  resolution: true,
  resolutionNote: true,
  rankA: true,
  rankReasonKindA: true,
  rankB: true,
  rankReasonKindB: true,
  resolvedById: true,
  resolvedAt: true,
  resolvedBy: personName,
  resolutionPublishedAt: true,
  resolutionPublishedBy: personName,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.FigureRelationSelect

export type RelationRow = Prisma.FigureRelationGetPayload<{ select: typeof relationRow }>

/**
 * The relations a quantity page lists, at most RELATION_LIST_CAP of each kind, oldest first:
 * conflicts (unresolved first when there are more), updates between neighbouring periods (then
 * others, while there is room), and samples of the consistent and not compared pairs. A quantity
 * with fewer relations of a kind than the cap gets all of them. Callers present only what their
 * viewer may see of each row (the resolver's name is for the team).
 */
export async function listRelations(viewer: Viewer, quantityId: string, figures: readonly ComparableFigure[]): Promise<RelationRow[]> {
  const relations = getDb().figureRelation
  const where = (extra: Prisma.FigureRelationWhereInput): Prisma.FigureRelationWhereInput => ({ AND: [{ quantityId }, visibleRelations(viewer), extra] })
  const oldest = [{ createdAt: 'asc' }, { id: 'asc' }] satisfies Prisma.FigureRelationOrderByWithRelationInput[]
  const unresolvedFirst: Prisma.FigureRelationOrderByWithRelationInput =
    viewer.kind === 'team' ? { resolvedAt: { sort: 'asc', nulls: 'first' } } : { resolutionPublishedAt: { sort: 'asc', nulls: 'first' } }
  const pairs = neighbourSteps(figures, RELATION_LIST_CAP * 4).map(([x, y]) => (x < y ? { figureAId: x, figureBId: y } : { figureAId: y, figureBId: x }))
  const [conflicts, steps, consistent, incomparable] = await Promise.all([
    relations.findMany({ where: where({ kind: 'CONFLICT' }), orderBy: [unresolvedFirst, ...oldest], take: RELATION_LIST_CAP, select: relationRow }),
    pairs.length === 0 ? [] : relations.findMany({ where: where({ kind: 'UPDATE', OR: pairs }), orderBy: oldest, take: RELATION_LIST_CAP, select: relationRow }),
    relations.findMany({ where: where({ kind: 'CONSISTENT' }), orderBy: oldest, take: RELATION_LIST_CAP, select: relationRow }),
    relations.findMany({ where: where({ kind: 'INCOMPARABLE' }), orderBy: oldest, take: RELATION_LIST_CAP, select: relationRow }),
  ])
  const room = RELATION_LIST_CAP - steps.length
  const others = room <= 0 ? [] : await relations.findMany({
    where: where({ kind: 'UPDATE', id: { notIn: steps.map((row) => row.id) } }),
    orderBy: oldest,
    take: room,
    select: relationRow,
  })
  return [...conflicts, ...steps, ...others, ...consistent, ...incomparable].sort(
    (x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  )
}
