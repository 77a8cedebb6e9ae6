import { getDb, readConsistently } from '../../db'
import { Prisma } from '../../generated/prisma/client'
import { COMPARED_FIELDS, toComparable } from '../../figures/comparable'
import { countRelations, listRelations } from './quantity-relations'
import type { Viewer } from './viewer'
import { QUOTE_ANCHOR } from '../selects'
import { CITED_SNAPSHOT } from './pdf-citations'
import {
  isResolutionVisible,
  visibleClaims,
  visibleFigures,
  visibleFigureSql,
  visibleQuantities,
  visibleRelationSql,
  visibleResolutionSql,
} from './visibility'

/** A conflict the viewer may see that no visible "scopes differ" resolution settles, in SQL. */
function openConflictSql(viewer: Viewer, alias: string): Prisma.Sql {
  const r = Prisma.raw(alias)
  return Prisma.sql`${r}."kind" = 'CONFLICT' AND ${visibleRelationSql(viewer, alias)}
    AND NOT (${r}."resolution" IS NOT DISTINCT FROM 'SCOPES_DIFFER' AND ${visibleResolutionSql(viewer, alias)})`
}

/** Quantities per page of the public list. */
export const QUANTITY_PAGE_SIZE = 100

type ListRow = { id: string; slug: string; name: string; unit: string; disagreements: bigint }
type CountRow = { quantityId: string; figures: bigint; sources: bigint }

/**
 * A page of the quantities with at least one visible figure: those sources disagree on first (most
 * disagreements first, then by name), then the others by name. The disputed ones are found from
 * their open conflicts, over FigureRelation's (quantityId, kind) index; the others are read by name
 * through Quantity's (name, id) index, so PostgreSQL stops at the page. Figures and sources are
 * counted for the page's quantities only. `hasMore` when a later page has any.
 */
export async function listQuantities(viewer: Viewer, page = 1) {
  const db = getDb()
  const offset = (page - 1) * QUANTITY_PAGE_SIZE
  const wanted = QUANTITY_PAGE_SIZE + 1
  // A relation is visible only when both its figures are, so a disputed quantity is a visible one.
  const disputed = await db.$queryRaw<ListRow[]>(Prisma.sql`
    SELECT qt."id", qt."slug", qt."name", qt."unit", d.n AS disagreements
    FROM (
      SELECT r."quantityId", count(*) AS n FROM "FigureRelation" r
      WHERE ${openConflictSql(viewer, 'r')}
      GROUP BY r."quantityId"
    ) d JOIN "Quantity" qt ON qt."id" = d."quantityId"
    ORDER BY d.n DESC, qt."name", qt."id"`)
  const shown = disputed.slice(offset, offset + wanted)
  const others =
    shown.length === wanted
      ? []
      : await db.$queryRaw<ListRow[]>(Prisma.sql`
          SELECT qt."id", qt."slug", qt."name", qt."unit", 0::bigint AS disagreements FROM "Quantity" qt
          WHERE EXISTS (SELECT 1 FROM "Figure" vf WHERE vf."quantityId" = qt."id" AND ${visibleFigureSql(viewer, 'vf')})
            AND NOT (qt."id" = ANY(${disputed.map((row) => row.id)}::text[]))
          ORDER BY qt."name", qt."id"
          LIMIT ${wanted - shown.length} OFFSET ${Math.max(0, offset - disputed.length)}`)
  const rows = [...shown, ...others]
  const listed = rows.slice(0, QUANTITY_PAGE_SIZE)
  // Quantity by quantity (LATERAL): joined all at once, PostgreSQL hashed every quote (50 ms).
  const counts = listed.length === 0 ? [] : await db.$queryRaw<CountRow[]>(Prisma.sql`
    SELECT listed.id AS "quantityId", c.figures, c.sources
    FROM unnest(${listed.map((row) => row.id)}::text[]) listed(id), LATERAL (
      SELECT count(*) AS figures, count(DISTINCT s."sourceId") AS sources
      FROM "Figure" f JOIN "Quote" q ON q."id" = f."quoteId" JOIN "SourceSnapshot" s ON s."id" = q."snapshotId"
      WHERE f."quantityId" = listed.id AND ${visibleFigureSql(viewer, 'f')}
    ) c`)
  const countsOf = new Map(counts.map((row) => [row.quantityId, row]))
  const quantities = listed.map((row) => ({
    slug: row.slug,
    name: row.name,
    unit: row.unit,
    figureCount: Number(countsOf.get(row.id)?.figures ?? 0),
    sourceCount: Number(countsOf.get(row.id)?.sources ?? 0),
    disagreementCount: Number(row.disagreements),
  }))
  return { quantities, hasMore: rows.length > QUANTITY_PAGE_SIZE }
}

export type QuantityListItem = Awaited<ReturnType<typeof listQuantities>>['quantities'][number]

const quoteFields = {
  ...QUOTE_ANCHOR,
  snapshotId: true,
  // CITED_SNAPSHOT: the API cites a PDF's quotes by page (./pdf-citations.ts).
  snapshot: { select: { ...CITED_SNAPSHOT, source: { select: { id: true, title: true, publisher: true, url: true } } } },
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
        select: { ...COMPARED_FIELDS, periodLabel: true, derivation: true, rank: true, rankReasonKind: true, rankReason: true, publishedAt: true, claimId: true, quote: { select: quoteFields } },
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

/** Who disagrees with a figure: a figure of another source, one of its own source, or both. */
export type Dispute = { quantitySlug: string; isWithOtherSource: boolean; isWithinSource: boolean }

type DisputeRow = { figureId: string; quantitySlug: string; isWithOtherSource: boolean; isWithinSource: boolean }

/**
 * Of the given figures, those in a visible conflict (not settled by a visible "scopes differ"
 * resolution) with another visible figure, each with its quantity's slug and whether the other
 * figure comes from another source (figure → quote → snapshot → source). One query: each side of
 * the relation over its own index, both figures' sources joined.
 */
export async function disputedFigures(viewer: Viewer, figureIds: string[]): Promise<Map<string, Dispute>> {
  if (figureIds.length === 0) return new Map()
  const rows = await getDb().$queryRaw<DisputeRow[]>(Prisma.sql`
    WITH pairs AS (
      SELECT ra."figureAId" AS mine, ra."figureBId" AS other, ra."quantityId" FROM "FigureRelation" ra
      WHERE ra."figureAId" = ANY(${figureIds}::text[]) AND ${openConflictSql(viewer, 'ra')}
      UNION ALL
      SELECT rb."figureBId", rb."figureAId", rb."quantityId" FROM "FigureRelation" rb
      WHERE rb."figureBId" = ANY(${figureIds}::text[]) AND ${openConflictSql(viewer, 'rb')}
    )
    SELECT p.mine AS "figureId", qt."slug" AS "quantitySlug",
      bool_or(ms."sourceId" <> os."sourceId") AS "isWithOtherSource", bool_or(ms."sourceId" = os."sourceId") AS "isWithinSource"
    FROM pairs p
    JOIN "Quantity" qt ON qt."id" = p."quantityId"
    JOIN "Figure" mf ON mf."id" = p.mine JOIN "Quote" mq ON mq."id" = mf."quoteId" JOIN "SourceSnapshot" ms ON ms."id" = mq."snapshotId"
    JOIN "Figure" ofg ON ofg."id" = p.other JOIN "Quote" oq ON oq."id" = ofg."quoteId" JOIN "SourceSnapshot" os ON os."id" = oq."snapshotId"
    GROUP BY p.mine, qt."slug"`)
  return new Map(rows.map(({ figureId, ...dispute }) => [figureId, dispute]))
}
