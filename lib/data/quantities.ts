import { getDb, readConsistently } from '../db'
import { Prisma } from '../generated/prisma/client'
import { COMPARED_FIELDS, toComparable } from '../quantities/store-relations'
import { countRelations, listRelations } from './quantity-relations'
import type { Viewer } from './viewer'
import {
  isResolutionVisible,
  visibleClaims,
  visibleFigures,
  visibleFigureSql,
  visibleQuantities,
  visibleRelations,
  visibleRelationSql,
  visibleResolutionSql,
} from './visibility'

type ResolutionFields = { resolution: string | null; resolvedAt: Date | null; resolutionPublishedAt: Date | null }

const RESOLUTION_FIELDS = { resolution: true, resolvedAt: true, resolutionPublishedAt: true } as const

/** A conflict the viewer may see is still a disagreement unless a visible resolution says the scopes differ. */
function isOpenConflict(viewer: Viewer, relation: ResolutionFields): boolean {
  return !(relation.resolution === 'SCOPES_DIFFER' && isResolutionVisible(viewer, relation))
}

type ListCounts = { quantityId: string; figures: bigint; sources: bigint; disagreements: bigint }

/**
 * Quantities with at least one visible figure: disagreements first (most first), then by name.
 * Figures, sources and open conflicts are counted in SQL (conflicts over the (quantityId, kind)
 * index), so the list never loads a quantity's figures or relations.
 */
export async function listQuantities(viewer: Viewer) {
  const db = getDb()
  const [rows, counts] = await Promise.all([
    db.quantity.findMany({ where: visibleQuantities(viewer), orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, unit: true } }),
    db.$queryRaw<ListCounts[]>(Prisma.sql`
      SELECT f."quantityId", count(*) AS figures, count(DISTINCT s."sourceId") AS sources,
        coalesce((SELECT count(*) FROM "FigureRelation" r
          WHERE r."quantityId" = f."quantityId" AND r."kind" = 'CONFLICT' AND ${visibleRelationSql(viewer, 'r')}
            AND NOT (r."resolution" = 'SCOPES_DIFFER' AND ${visibleResolutionSql(viewer, 'r')})), 0) AS disagreements
      FROM "Figure" f JOIN "Quote" q ON q."id" = f."quoteId" JOIN "SourceSnapshot" s ON s."id" = q."snapshotId"
      WHERE ${visibleFigureSql(viewer, 'f')}
      GROUP BY f."quantityId"`),
  ])
  const byQuantity = new Map(counts.map((row) => [row.quantityId, row]))
  const quantities = rows.map(({ id, ...quantity }) => {
    const row = byQuantity.get(id)
    return { ...quantity, figureCount: Number(row?.figures ?? 0), sourceCount: Number(row?.sources ?? 0), disagreementCount: Number(row?.disagreements ?? 0) }
  })
  // Array.prototype.sort is stable, so quantities with as many disagreements stay in name order.
  return quantities.sort((a, b) => b.disagreementCount - a.disagreementCount)
}

export type QuantityListItem = Awaited<ReturnType<typeof listQuantities>>[number]

const quoteFields = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  anchorStatus: true,
  snapshot: { select: { version: true, source: { select: { id: true, title: true, publisher: true, url: true } } } },
} as const

/**
 * One quantity with its visible figures in time order (undated last), counts of the relations
 * between them by kind, and a bounded list of those relations (./quantity-relations): the page and
 * GET /api/v1/quantities/<slug> both read a quantity here.
 */
export async function getQuantityPage(viewer: Viewer, slug: string) {
  const db = getDb()
  // One snapshot for the nested read (figures, their quotes, snapshots and sources: a query per
  // level), so a source deleted meanwhile cannot leave a figure without its quote. The flat reads
  // after it need none.
  const quantity = await readConsistently((tx) => tx.quantity.findFirst({
    where: { slug, ...visibleQuantities(viewer) },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      unit: true,
      figures: {
        where: visibleFigures(viewer),
        orderBy: [{ periodStart: { sort: 'asc', nulls: 'last' } }, { periodEnd: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        select: { ...COMPARED_FIELDS, periodLabel: true, rank: true, rankReasonKind: true, rankReason: true, publishedAt: true, claimId: true, quote: { select: quoteFields } },
      },
    },
  }))
  if (!quantity) return null
  const { id, ...fields } = quantity

  const claimIds = quantity.figures.flatMap((figure) => (figure.claimId ? [figure.claimId] : []))
  const [claims, counts, rows] = await Promise.all([
    db.claim.findMany({ where: { id: { in: claimIds }, ...visibleClaims(viewer) }, select: { id: true, slug: true } }),
    countRelations(viewer, id),
    listRelations(viewer, id, quantity.figures.map(toComparable)),
  ])
  const claimSlugs = new Map(claims.map((claim) => [claim.id, claim.slug]))
  const figures = quantity.figures.map(({ claimId, ...figure }) => ({ ...figure, claimSlug: claimId ? (claimSlugs.get(claimId) ?? null) : null }))

  const relations = rows.map(({ id: relationId, figureAId, figureBId, kind, isComparable, earlierId, change, resolution, resolutionNote, resolvedAt, resolutionPublishedAt }) => {
    const isVisible = resolution !== null && isResolutionVisible(viewer, { resolvedAt, resolutionPublishedAt })
    return {
      id: relationId,
      figureAId,
      figureBId,
      kind,
      isComparable,
      earlierId,
      change,
      resolution: isVisible ? { kind: resolution, note: resolutionNote, resolvedAt, publishedAt: resolutionPublishedAt } : null,
    }
  })
  return { ...fields, figures, relationCounts: counts, relations }
}

export type QuantityPage = NonNullable<Awaited<ReturnType<typeof getQuantityPage>>>
export type QuantityPageFigure = QuantityPage['figures'][number]
export type QuantityPageRelation = QuantityPage['relations'][number]

/**
 * Of the given figures, those in a visible conflict (not settled by a visible "scopes differ"
 * resolution) with another visible figure, each with its quantity's slug.
 */
export async function disputedFigures(viewer: Viewer, figureIds: string[]): Promise<Map<string, string>> {
  if (figureIds.length === 0) return new Map()
  const conflicts = await getDb().figureRelation.findMany({
    where: {
      kind: 'CONFLICT',
      ...visibleRelations(viewer),
      OR: [{ figureAId: { in: figureIds } }, { figureBId: { in: figureIds } }],
    },
    select: { figureAId: true, figureBId: true, quantity: { select: { slug: true } }, ...RESOLUTION_FIELDS },
  })
  const wanted = new Set(figureIds)
  const disputed = new Map<string, string>()
  for (const conflict of conflicts.filter((relation) => isOpenConflict(viewer, relation))) {
    for (const id of [conflict.figureAId, conflict.figureBId]) if (wanted.has(id)) disputed.set(id, conflict.quantity.slug)
  }
  return disputed
}
