import { getDb, readConsistently } from '../../db'
import type { ClaimReviewInput } from '../../verdicts/claim-review'
import type { Viewer } from './viewer'
import { visibleAppearances, visibleClaims, visibleFigures, visibleVerdicts } from './visibility'
import { CLAIM_FIGURE_ORDER, CLAIM_HEADING, FIGURE_VALUE, REVISION_CONTENT } from '../selects'
import { CITED_SNAPSHOT, pdfCitations, type PdfCitation } from './pdf-citations'

const quoteWithSource = {
  select: {
    id: true,
    exact: true,
    anchorStatus: true,
    snapshotId: true,
    start: true,
    end: true,
    snapshot: { select: { ...CITED_SNAPSHOT, capturedAt: true, source: { select: { id: true, title: true, kind: true, publisher: true, author: true, url: true, publishedOn: true } } } },
  },
} as const

/** Each quote with its citation by page (`pdf`), null for a quote from a source that is not a PDF. */
function withCitations(citations: Map<string, PdfCitation>) {
  return <T extends { quote: { id: string } }>(item: T) => ({ ...item, quote: { ...item.quote, pdf: citations.get(item.quote.id) ?? null } })
}

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
  const claim = await readConsistently(async (tx) => {
    const found = await tx.claim.findFirst({
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
    })
    if (!found) return null
    // The quotes this read returned, and only those: their pages say nothing the quotes do not.
    const quotes = [...found.appearances, ...found.figures, ...found.verdicts.flatMap((verdict) => verdict.evidence)].map((item) => item.quote)
    const cite = withCitations(await pdfCitations(tx, quotes))
    return {
      ...found,
      appearances: found.appearances.map(cite),
      figures: found.figures.map(cite),
      verdicts: found.verdicts.map((verdict) => ({ ...verdict, evidence: verdict.evidence.map(cite) })),
    }
  })
  if (!claim) return null
  const [current, ...earlier] = claim.verdicts
  const corrections = claim.verdicts.filter((verdict) => verdict.correctionNote && verdict.publishedAt)
  return { ...claim, verdict: current ?? null, earlierVerdicts: earlier, corrections }
}

export type ClaimPage = NonNullable<Awaited<ReturnType<typeof getClaimPage>>>

/** What the claim page's ClaimReview says (components/claim-review-json-ld.tsx); null until a verdict is published. */
export function claimReviewInput(claim: ClaimPage, siteUrl: string): ClaimReviewInput | null {
  const { verdict } = claim
  if (!verdict?.publishedAt || !claim.publishedAt) return null
  return {
    siteUrl,
    slug: claim.slug,
    text: claim.text,
    claimant: claim.claimant,
    verdict: { rating: verdict.rating, summary: verdict.summary, firstPublishedAt: claim.publishedAt, publishedAt: verdict.publishedAt },
    appearances: claim.appearances.map(({ quote: { snapshot, pdf } }) => ({
      sourceId: snapshot.source.id,
      title: snapshot.source.title,
      url: snapshot.source.url,
      publisher: snapshot.source.publisher,
      author: snapshot.source.author,
      publishedOn: snapshot.source.publishedOn,
      capturedAt: snapshot.capturedAt,
      kind: snapshot.source.kind,
      pdf,
    })),
  }
}
