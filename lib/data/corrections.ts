import { getDb } from '../db'
import type { Viewer } from './viewer'
import { visibleClaims, visibleVerdicts } from './visibility'

/** Every published correction (a published revision after the first, with its note), newest first. */
export async function listCorrections(viewer: Viewer, take = 200) {
  return getDb().verdict.findMany({
    where: { ...visibleVerdicts(viewer), revision: { gt: 1 }, correctionNote: { not: null }, publishedAt: { not: null }, claim: visibleClaims(viewer) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take,
    select: {
      id: true,
      revision: true,
      rating: true,
      correctionNote: true,
      publishedAt: true,
      claim: { select: { slug: true, text: true } },
    },
  })
}
