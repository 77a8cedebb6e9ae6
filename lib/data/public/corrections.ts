import { getDb } from '../../db'
import type { Viewer } from './viewer'
import { visibleClaims, visibleVerdicts } from './visibility'

/** Corrections per page of /corrections. */
export const CORRECTIONS_PAGE_SIZE = 100

/**
 * A page of the published corrections (a published revision after the first, with its note),
 * newest first, through Verdict's publishedAt index. `hasMore` when older ones follow.
 */
export async function listCorrections(viewer: Viewer, page = 1) {
  const rows = await getDb().verdict.findMany({
    where: { ...visibleVerdicts(viewer), revision: { gt: 1 }, correctionNote: { not: null }, publishedAt: { not: null }, claim: visibleClaims(viewer) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    skip: (page - 1) * CORRECTIONS_PAGE_SIZE,
    take: CORRECTIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      revision: true,
      rating: true,
      correctionNote: true,
      publishedAt: true,
      claim: { select: { slug: true, text: true } },
    },
  })
  return { corrections: rows.slice(0, CORRECTIONS_PAGE_SIZE), hasMore: rows.length > CORRECTIONS_PAGE_SIZE }
}
