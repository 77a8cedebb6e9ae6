// Team reads of quantities: the list with open conflicts, one quantity's figures side by side with
// their detected relations, the conflicts queue, and the figures a preview compares against.
import type { CurrentUser } from '../../auth/session'
import { formatPeriod } from '../../figures/period-words'
import { figureWords, KIND_ORDER } from '../../figures/relation-words'
import { getDb } from '../../db'
import { figureWordsProblem } from '../../figures/agreement'
import { describeRelation, type DescribedFigure } from '../../figures/compare'
import type { Prisma } from '../../generated/prisma/client'
import { COMPARED_FIELDS, toComparable } from '../../figures/comparable'
import { countRelations, listRelations } from '../public/quantity-relations'
import type { Viewer } from '../public/viewer'
import { readableBy } from './access'

const OPEN_CONFLICT = { kind: 'CONFLICT', resolvedAt: null } as const satisfies Prisma.FigureRelationWhereInput

const figureRow = {
  ...COMPARED_FIELDS,
  periodLabel: true,
  rank: true,
  rankReasonKind: true,
  rankReason: true,
  derivation: true,
  publishedAt: true,
  updatedAt: true,
  claim: { select: { id: true, text: true, slug: true, publishedAt: true } },
  quote: { select: { id: true, exact: true, snapshot: { select: { source: { select: { id: true, title: true, publisher: true } } } } } },
} as const satisfies Prisma.FigureSelect

type FigureRow = Prisma.FigureGetPayload<{ select: typeof figureRow }>

/** A source in a sentence: its publisher, or its title without brackets, cut at a word near 48 characters. */
function sourceLabel(title: string, publisher: string | null): string {
  if (publisher) return publisher
  const bare = title.replace(/^\[|\]$/g, '').trim()
  if (bare.length <= 48) return bare
  return `${bare.slice(0, 48).replace(/\s+\S*$/, '')}…`
}

/** A figure as the workspace shows it: its numbers in words, where it comes from, and whether it disagrees with its words. */
function present(row: FigureRow, quantityUnit: string) {
  const comparable = toComparable(row)
  const source = row.quote.snapshot.source
  const sourceName = sourceLabel(source.title, source.publisher)
  const described: DescribedFigure = { ...comparable, sourceName, periodLabel: row.periodLabel }
  const { quote, ...rest } = row
  return {
    ...rest,
    ...figureWords(comparable, quantityUnit),
    comparable,
    described,
    period: formatPeriod(row.periodStart, row.periodEnd),
    wordsProblem: figureWordsProblem(row, row.quote.exact),
    source: { id: source.id, title: source.title, name: sourceName },
    quote: { id: quote.id, exact: quote.exact },
  }
}

export type WorkspaceFigure = ReturnType<typeof present>

/** Every quantity with its figure count and open conflicts (both aggregated in SQL); quantities with open conflicts first. */
export async function listQuantities(asker: CurrentUser) {
  const db = getDb()
  const [quantities, figures, conflicts] = await Promise.all([
    db.quantity.findMany({ where: readableBy(asker, 'workspace.view', {}), orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, unit: true } }),
    // The counts are read beside the quantities and only ever shown on them.
    db.figure.groupBy({ by: ['quantityId'], _count: true }),
    // Over the (quantityId, kind) index: open conflicts only, never the rows themselves.
    db.figureRelation.groupBy({ by: ['quantityId'], where: OPEN_CONFLICT, _count: true }),
  ])
  const figureCounts = new Map(figures.map((row) => [row.quantityId, row._count]))
  const conflictCounts = new Map(conflicts.map((row) => [row.quantityId, row._count]))
  return quantities
    .map((quantity) => ({ ...quantity, figureCount: figureCounts.get(quantity.id) ?? 0, openConflicts: conflictCounts.get(quantity.id) ?? 0 }))
    .sort((a, b) => b.openConflicts - a.openConflicts)
}

/**
 * One quantity: its figures in time order, counts of their relations by kind and a bounded list of
 * those relations (lib/data/public/quantity-relations.ts), what needs a person first.
 */
export async function getQuantity(asker: CurrentUser, id: string) {
  const db = getDb()
  const quantity = await db.quantity.findUnique({ where: readableBy(asker, 'workspace.view', { id }), select: { id: true, slug: true, name: true, unit: true, description: true } })
  if (!quantity) return null
  const viewer: Viewer = { kind: 'team', user: asker }
  const rows = await db.figure.findMany({ where: { quantityId: id }, orderBy: [{ periodStart: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }], select: figureRow })
  const figures = rows.map((row) => present(row, quantity.unit))
  const [counts, relationRows] = await Promise.all([countRelations(viewer, id), listRelations(viewer, id, figures.map((figure) => figure.comparable))])
  const byId = new Map(figures.map((figure) => [figure.id, figure]))
  const relations = relationRows
    .flatMap((relation) => {
      const [a, b] = [byId.get(relation.figureAId), byId.get(relation.figureBId)]
      if (!a || !b) return []
      // The sentence tells of the later figure against the earlier one.
      const [first, second] = relation.earlierId === b.id ? [b, a] : [a, b]
      return [{ ...relation, a, b, sentence: describeRelation(relation, first.described, second.described, quantity.unit) }]
    })
    .sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind])
  return { quantity, figures, relationCounts: counts, relations }
}

type WorkspaceQuantity = NonNullable<Awaited<ReturnType<typeof getQuantity>>>
export type WorkspaceRelation = WorkspaceQuantity['relations'][number]

/** Open conflicts, oldest first: the queue a reviewer works through. */
export async function listOpenConflicts(asker: CurrentUser, take = 100) {
  const rows = await getDb().figureRelation.findMany({
    where: readableBy(asker, 'conflict.resolve', OPEN_CONFLICT),
    orderBy: { createdAt: 'asc' },
    take,
    select: {
      id: true,
      createdAt: true,
      quantity: { select: { id: true, name: true, unit: true } },
      figureA: { select: figureRow },
      figureB: { select: figureRow },
    },
  })
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    quantity: row.quantity,
    figures: [present(row.figureA, row.quantity.unit), present(row.figureB, row.quantity.unit)] as const,
  }))
}

export type OpenConflict = Awaited<ReturnType<typeof listOpenConflicts>>[number]

export async function countOpenConflicts(asker: CurrentUser): Promise<number> {
  return getDb().figureRelation.count({ where: readableBy(asker, 'conflict.resolve', OPEN_CONFLICT) })
}

/** The figures a new or edited figure of this quantity is compared with, for a preview. */
export async function getComparisonFigures(asker: CurrentUser, quantityId: string) {
  const db = getDb()
  const quantity = await db.quantity.findUnique({ where: readableBy(asker, 'figure.write', { id: quantityId }), select: { id: true, unit: true } })
  if (!quantity) return null
  const rows = await db.figure.findMany({ where: { quantityId }, orderBy: { periodStart: { sort: 'asc', nulls: 'last' } }, select: figureRow })
  return { quantity, figures: rows.map((row) => present(row, quantity.unit)) }
}
