import { getDb } from '../db'
import { COMPARED_FIELDS } from '../quantities/store-relations'
import type { Viewer } from './viewer'
import { isResolutionVisible, visibleClaims, visibleFigures, visibleRelations } from './visibility'

type ResolutionFields = { resolution: string | null; resolvedAt: Date | null; resolutionPublishedAt: Date | null }

const RESOLUTION_FIELDS = { resolution: true, resolvedAt: true, resolutionPublishedAt: true } as const

/** A conflict the viewer may see is still a disagreement unless a visible resolution says the scopes differ. */
function isOpenConflict(viewer: Viewer, relation: ResolutionFields): boolean {
  return !(relation.resolution === 'SCOPES_DIFFER' && isResolutionVisible(viewer, relation))
}

/** Quantities with at least one visible figure: disagreements first (most first), then by name. */
export async function listQuantities(viewer: Viewer) {
  const rows = await getDb().quantity.findMany({
    where: { figures: { some: visibleFigures(viewer) } },
    orderBy: { name: 'asc' },
    select: {
      slug: true,
      name: true,
      unit: true,
      figures: { where: visibleFigures(viewer), select: { quote: { select: { snapshot: { select: { sourceId: true } } } } } },
      relations: { where: { kind: 'CONFLICT', ...visibleRelations(viewer) }, select: RESOLUTION_FIELDS },
    },
  })
  const quantities = rows.map(({ figures, relations, ...quantity }) => ({
    ...quantity,
    figureCount: figures.length,
    sourceCount: new Set(figures.map((figure) => figure.quote.snapshot.sourceId)).size,
    disagreementCount: relations.filter((relation) => isOpenConflict(viewer, relation)).length,
  }))
  // Array.prototype.sort is stable, so quantities with as many disagreements stay in name order.
  return quantities.sort((a, b) => b.disagreementCount - a.disagreementCount)
}

export type QuantityListItem = Awaited<ReturnType<typeof listQuantities>>[number]

/** One quantity with its visible figures in time order (undated last) and the relations between them. */
export async function getQuantityPage(viewer: Viewer, slug: string) {
  const db = getDb()
  const quantity = await db.quantity.findFirst({
    where: { slug, figures: { some: visibleFigures(viewer) } },
    select: {
      slug: true,
      name: true,
      description: true,
      unit: true,
      figures: {
        where: visibleFigures(viewer),
        orderBy: [{ periodStart: { sort: 'asc', nulls: 'last' } }, { periodEnd: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        select: {
          ...COMPARED_FIELDS,
          periodLabel: true,
          rank: true,
          rankReasonKind: true,
          rankReason: true,
          claimId: true,
          quote: { select: { id: true, exact: true, snapshot: { select: { source: { select: { id: true, title: true, publisher: true } } } } } },
        },
      },
      relations: {
        where: visibleRelations(viewer),
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          figureAId: true,
          figureBId: true,
          kind: true,
          isComparable: true,
          earlierId: true,
          change: true,
          resolutionNote: true,
          ...RESOLUTION_FIELDS,
        },
      },
    },
  })
  if (!quantity) return null

  const claimIds = quantity.figures.flatMap((figure) => (figure.claimId ? [figure.claimId] : []))
  const claims = await db.claim.findMany({ where: { id: { in: claimIds }, ...visibleClaims(viewer) }, select: { id: true, slug: true } })
  const claimSlugs = new Map(claims.map((claim) => [claim.id, claim.slug]))
  const figures = quantity.figures.map(({ claimId, ...figure }) => ({ ...figure, claimSlug: claimId ? (claimSlugs.get(claimId) ?? null) : null }))

  const relations = quantity.relations.map(({ resolution, resolutionNote, resolvedAt, resolutionPublishedAt, ...relation }) => {
    const isVisible = resolution !== null && isResolutionVisible(viewer, { resolvedAt, resolutionPublishedAt })
    return {
      ...relation,
      resolution: isVisible ? { kind: resolution, note: resolutionNote, resolvedAt } : null,
    }
  })
  return { ...quantity, figures, relations }
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
