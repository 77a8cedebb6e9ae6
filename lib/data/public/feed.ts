// Reads for /feed.xml. Each takes the viewer and filters through ./visibility.
import { getDb } from '../../db'
import type { PublishedRevision } from '../../feed/verdict-entries'
import type { Viewer } from './viewer'
import { visibleClaims, visibleVerdicts } from './visibility'

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
