import { claimReview, jsonLd } from '@/lib/verdicts/claim-review'
import type { ClaimPage } from '@/lib/data/public/claims'
import { env } from '@/lib/env'

/** The claim page's one schema.org ClaimReview block; nothing when no verdict is published. */
export function ClaimReviewJsonLd({ claim }: { claim: ClaimPage }) {
  const { verdict } = claim
  if (!verdict?.publishedAt || !claim.publishedAt) return null
  const review = claimReview({
    siteUrl: env.SITE_URL,
    slug: claim.slug,
    text: claim.text,
    claimant: claim.claimant,
    verdict: { rating: verdict.rating, summary: verdict.summary, firstPublishedAt: claim.publishedAt, publishedAt: verdict.publishedAt },
    appearances: claim.appearances.map(({ quote: { snapshot } }) => ({
      sourceId: snapshot.source.id,
      title: snapshot.source.title,
      url: snapshot.source.url,
      publisher: snapshot.source.publisher,
      author: snapshot.source.author,
      publishedOn: snapshot.source.publishedOn,
      capturedAt: snapshot.capturedAt,
    })),
  })
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(review) }} />
}
