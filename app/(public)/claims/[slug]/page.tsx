import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { ClaimCorrections } from '@/components/claim-corrections'
import { ClaimFigures } from '@/components/claim-figures'
import { ClaimReviewJsonLd } from '@/components/claim-review-json-ld'
import { ClaimVerdict } from '@/components/claim-verdict'
import { QuotedPassage } from '@/components/quoted-passage'
import { getClaimPage } from '@/lib/data/public/claims'
import { disputedFigures } from '@/lib/data/public/quantities'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { formatDay, isoDay } from '@/lib/format'
import { SITE_NAME, SOCIAL_CARD } from '@/lib/site-identity'
import { RATINGS } from '@/lib/verdicts/ratings'
import { slugSchema } from '@/lib/validations/params'
import { STANCE_LABELS } from '@/lib/labels/claim'
import { isCorrection } from '@/lib/verdicts/workflow'

type Props = { params: Promise<{ slug: string }> }

// Cached: rendered on the first request, then served from Next's cache until a change to published
// data drops it (lib/server/public-cache.ts), or after a minute, which bounds staleness on other instances.
export const revalidate = 60

/** Nothing is rendered at build time (the build has no database); pages are cached on first visit. */
export function generateStaticParams() {
  return []
}


const loadClaim = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug)
  return slug.success ? getClaimPage(PUBLIC_VIEWER, slug.data) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).slug)
  if (!claim) return { title: 'Claim not found' }
  const url = `/claims/${claim.slug}`
  const description = claim.verdict ? `${RATINGS[claim.verdict.rating].label}: ${claim.verdict.summary}` : undefined
  return {
    title: claim.text,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      siteName: SITE_NAME,
      // A page's openGraph replaces the layout's, card included.
      images: [SOCIAL_CARD],
      title: claim.text,
      description,
      publishedTime: claim.publishedAt?.toISOString(),
      modifiedTime: claim.verdict?.publishedAt?.toISOString(),
    },
    twitter: { card: 'summary_large_image', title: claim.text, description, images: [SOCIAL_CARD.url] },
  }
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).slug)
  if (!claim) notFound()
  const disputed = await disputedFigures(PUBLIC_VIEWER, claim.figures.map((figure) => figure.id))
  return (
    <article>
      <header>
        <p className="eyebrow">Claim{claim.claimant ? ` by ${claim.claimant}` : ''}</p>
        <h1>{claim.text}</h1>
        {claim.publishedAt ? (
          <p className="meta">
            Checked and published <time dateTime={isoDay(claim.publishedAt)}>{formatDay(claim.publishedAt)}</time>
            {claim.verdict?.publishedAt && isCorrection(claim.verdict) ? (
              <>
                {' '}
                · updated <time dateTime={isoDay(claim.verdict.publishedAt)}>{formatDay(claim.verdict.publishedAt)}</time>
              </>
            ) : null}
          </p>
        ) : null}
      </header>
      <ClaimReviewJsonLd claim={claim} />
      <section aria-labelledby="appearances-heading">
        <h2 id="appearances-heading">Where it appeared</h2>
        {claim.appearances.map((appearance) => (
          <QuotedPassage key={appearance.id} quote={appearance.quote} label={STANCE_LABELS[appearance.stance]} pdf={appearance.quote.pdf} />
        ))}
      </section>
      {claim.verdict ? <ClaimVerdict verdict={claim.verdict} /> : null}
      {claim.verdict && claim.verdict.evidence.length > 0 ? (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence</h2>
          {claim.verdict.evidence.map((item) => (
            <QuotedPassage key={item.id} quote={item.quote} label={item.note ?? undefined} pdf={item.quote.pdf} />
          ))}
        </section>
      ) : null}
      {claim.figures.length > 0 ? <ClaimFigures figures={claim.figures} disputed={disputed} /> : null}
      {claim.corrections.length > 0 ? <ClaimCorrections corrections={claim.corrections} /> : null}
    </article>
  )
}
