import { getDb, readConsistently } from '../../db'
import type { Viewer } from './viewer'
import { visibleAppearances, visibleClaims, visibleFigures, visibleVerdicts } from './visibility'
import { CLAIM_FIGURE_ORDER, CLAIM_HEADING, FIGURE_VALUE, REVISION_CONTENT } from '../selects'

const quoteWithSource = {
  select: {
    id: true,
    exact: true,
    anchorStatus: true,
    snapshot: { select: { capturedAt: true, source: { select: { id: true, title: true, publisher: true, author: true, url: true, publishedOn: true } } } },
  },
} as const

/** The newest claims with a verdict the viewer may see, newest first. */
export async function listLatestClaims(viewer: Viewer, take = 50) {
  return getDb().claim.findMany({
    where: visibleClaims(viewer),
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take,
    select: {
      slug: true,
      text: true,
      publishedAt: true,
      verdicts: {
        where: { ...visibleVerdicts(viewer), supersededAt: null },
        orderBy: { revision: 'desc' },
        take: 1,
        select: { rating: true, summary: true },
      },
    },
  })
}

export async function getClaimPage(viewer: Viewer, slug: string) {
  const claim = await readConsistently((tx) =>
    tx.claim.findFirst({
      where: { slug, ...visibleClaims(viewer) },
      select: {
        ...CLAIM_HEADING,
        appearances: { where: visibleAppearances(viewer), orderBy: { createdAt: 'asc' }, select: { id: true, stance: true, quote: quoteWithSource } },
        figures: {
          where: visibleFigures(viewer),
          orderBy: CLAIM_FIGURE_ORDER,
          select: {
            ...FIGURE_VALUE,
            rank: true,
            quantity: { select: { slug: true, name: true } },
            quote: quoteWithSource,
          },
        },
        verdicts: {
          where: visibleVerdicts(viewer),
          orderBy: { revision: 'desc' },
          select: {
            ...REVISION_CONTENT,
            publishedAt: true,
            evidence: { orderBy: { position: 'asc' }, select: { id: true, note: true, quote: quoteWithSource } },
          },
        },
      },
    }),
  )
  if (!claim) return null
  const [current, ...earlier] = claim.verdicts
  const corrections = claim.verdicts.filter((verdict) => verdict.correctionNote && verdict.publishedAt)
  return { ...claim, verdict: current ?? null, earlierVerdicts: earlier, corrections }
}

export type ClaimPage = NonNullable<Awaited<ReturnType<typeof getClaimPage>>>
