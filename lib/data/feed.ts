// Reads for /feed.xml and /sitemap.xml. Each takes the viewer and filters through ./visibility.
import { getDb } from '../db'
import type { PublishedRevision } from '../feed/verdict-entries'
import type { Viewer } from './viewer'
import { visibleClaims, visibleFigures, visibleQuantities, visibleSources, visibleVerdicts } from './visibility'

/**
 * Published verdict revisions of published claims, newest first: every first revision (the verdict)
 * and every later one with its correction note. Superseded revisions stay: the feed is a history.
 */
export async function listFeedRevisions(viewer: Viewer, take: number): Promise<PublishedRevision[]> {
  const rows = await getDb().verdict.findMany({
    where: {
      AND: [visibleVerdicts(viewer), { claim: visibleClaims(viewer) }, { publishedAt: { not: null } }],
      OR: [{ revision: 1 }, { revision: { gte: 2 }, correctionNote: { not: null } }],
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take,
    select: { revision: true, rating: true, summary: true, correctionNote: true, publishedAt: true, claim: { select: { slug: true, text: true } } },
  })
  return rows.flatMap(({ publishedAt, ...row }) => (publishedAt ? [{ ...row, publishedAt }] : []))
}

/** Everything the sitemap lists, each with the date it last changed publicly. */
export async function listSitemapItems(viewer: Viewer) {
  const db = getDb()
  const [claims, sources, quantities, correction] = await Promise.all([
    db.claim.findMany({
      where: visibleClaims(viewer),
      orderBy: { slug: 'asc' },
      select: { slug: true, publishedAt: true, verdicts: { where: visibleVerdicts(viewer), orderBy: { publishedAt: { sort: 'desc', nulls: 'last' } }, take: 1, select: { publishedAt: true } } },
    }),
    db.source.findMany({
      where: visibleSources(viewer),
      orderBy: { id: 'asc' },
      select: { id: true, updatedAt: true, snapshots: { orderBy: { version: 'desc' }, take: 1, select: { capturedAt: true } } },
    }),
    db.quantity.findMany({
      where: visibleQuantities(viewer),
      orderBy: { slug: 'asc' },
      select: { slug: true, figures: { where: visibleFigures(viewer), orderBy: { publishedAt: { sort: 'desc', nulls: 'last' } }, take: 1, select: { publishedAt: true } } },
    }),
    db.verdict.findFirst({
      where: { ...visibleVerdicts(viewer), claim: visibleClaims(viewer), revision: { gte: 2 }, correctionNote: { not: null } },
      orderBy: { publishedAt: { sort: 'desc', nulls: 'last' } },
      select: { publishedAt: true },
    }),
  ])
  const latest = (...dates: (Date | null | undefined)[]) => {
    const times = dates.flatMap((date) => (date ? [date.getTime()] : []))
    return times.length > 0 ? new Date(Math.max(...times)) : undefined
  }
  return {
    latestCorrection: latest(correction?.publishedAt),
    claims: claims.map((claim) => ({ slug: claim.slug, lastModified: latest(claim.publishedAt, claim.verdicts[0]?.publishedAt) })),
    sources: sources.map((source) => ({ id: source.id, lastModified: latest(source.updatedAt, source.snapshots[0]?.capturedAt) })),
    quantities: quantities.map((quantity) => ({ slug: quantity.slug, lastModified: latest(quantity.figures[0]?.publishedAt) })),
  }
}
