import { claimReview, jsonLd } from '@/lib/verdicts/claim-review'
import { claimReviewInput, type ClaimPage } from '@/lib/data/public/claims'
import { env } from '@/lib/env'

/** The claim page's one schema.org ClaimReview block; nothing when no verdict is published. */
export function ClaimReviewJsonLd({ claim }: { claim: ClaimPage }) {
  const input = claimReviewInput(claim, env.SITE_URL)
  if (!input) return null
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(claimReview(input)) }} />
}
