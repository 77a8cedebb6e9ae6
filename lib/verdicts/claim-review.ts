// The schema.org ClaimReview for a published claim (https://schema.org/ClaimReview), as Google's
// fact-check markup reads it. Pure: the claim page serialises it into one JSON-LD block.
import type { Rating, SourceKind } from '../generated/prisma/enums'
import type { QuotePages } from '../pdf/page-range'
import { RATINGS } from './ratings'
import { SITE_NAME } from '../site-identity'

export type ClaimReviewInput = {
  siteUrl: string
  slug: string
  text: string
  claimant: string | null
  verdict: { rating: Rating; summary: string; firstPublishedAt: Date; publishedAt: Date }
  /** Where the claim appeared, in any order; undated sources sort last. */
  appearances: ReadonlyArray<{
    sourceId: string
    title: string
    url: string | null
    publisher: string | null
    author: string | null
    publishedOn: Date | null
    /** When we preserved the source: the claim had appeared by then. */
    capturedAt: Date
    kind?: SourceKind
    /** For a quote from a PDF: its pages, and our path of the original opened at the first, if kept. */
    pdf?: { pages: QuotePages; originalAtPage: string | null } | null
  }>
}

const BEST = Math.max(...Object.values(RATINGS).map((rating) => rating.value ?? 0))
const WORST = Math.min(...Object.values(RATINGS).map((rating) => rating.value ?? Infinity))

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

function absolute(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
}

type Appearance = ClaimReviewInput['appearances'][number]

/**
 * Who made the claim: the claimant we recorded, else whoever wrote or published the first source
 * it appeared in. We only know a name, so it is an Organization.
 */
function claimAuthor(claimant: string | null, first: Appearance | undefined) {
  const name = claimant ?? first?.author ?? first?.publisher ?? first?.title
  return name ? { '@type': 'Organization', name } : undefined
}

/** When the claim was made: its first source's own date, else the day we preserved that source. */
function claimDate(appearances: readonly Appearance[]): string | undefined {
  const dated = appearances.find((appearance) => appearance.publishedOn)
  if (dated?.publishedOn) return isoDay(dated.publishedOn)
  const captured = appearances.map((appearance) => appearance.capturedAt.getTime())
  return captured.length > 0 ? isoDay(new Date(Math.min(...captured))) : undefined
}

/**
 * Where in a PDF the claim appears. schema.org defines `pageStart`, `pageEnd` and `pagination` only
 * on Article, Chapter, PublicationIssue and PublicationVolume, so a work cited by page is an Article,
 * or its subtype Report for a government report (a Chapter would need a Book around it, an issue a
 * periodical); both are CreativeWorks, which is all `appearance` asks for. The pages are the PDF's
 * own labels ("ii", "42"), as Text; `encoding` names the file, opened at the first of them.
 */
function pagedWork(siteUrl: string, appearance: Appearance) {
  const { pdf } = appearance
  if (!pdf) return { '@type': 'CreativeWork' }
  const { first, last } = pdf.pages
  return {
    '@type': appearance.kind === 'GOVERNMENT_REPORT' ? 'Report' : 'Article',
    pageStart: first,
    pageEnd: last,
    pagination: first === last ? first : `${first}–${last}`,
    ...(pdf.originalAtPage ? { encoding: { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: absolute(siteUrl, pdf.originalAtPage) } } : {}),
  }
}

function creativeWork(siteUrl: string, appearance: Appearance) {
  return {
    ...pagedWork(siteUrl, appearance),
    // The original when we know it; our preserved copy in any case.
    url: appearance.url ?? absolute(siteUrl, `/sources/${appearance.sourceId}`),
    sameAs: absolute(siteUrl, `/sources/${appearance.sourceId}`),
    headline: appearance.title,
    ...(appearance.publisher ? { publisher: { '@type': 'Organization', name: appearance.publisher } } : {}),
    ...(appearance.publishedOn ? { datePublished: isoDay(appearance.publishedOn) } : {}),
  }
}

/**
 * The ClaimReview object. `ratingValue` is the scale's number (1 worst, 5 best); Unproven has no
 * place on that scale, so its `ratingValue` is the word, which schema.org allows (Number or Text)
 * and `alternateName` always carries.
 */
export function claimReview(input: ClaimReviewInput) {
  const { siteUrl, verdict } = input
  const rating = RATINGS[verdict.rating]
  const appearances = [...input.appearances].sort((a, b) => (a.publishedOn?.getTime() ?? Infinity) - (b.publishedOn?.getTime() ?? Infinity))
  const first = appearances[0]
  const organization = { '@type': 'Organization', name: SITE_NAME, url: absolute(siteUrl, '/') }
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absolute(siteUrl, `/claims/${input.slug}`),
    claimReviewed: input.text,
    author: organization,
    publisher: organization,
    datePublished: isoDay(verdict.firstPublishedAt),
    dateModified: isoDay(verdict.publishedAt),
    reviewBody: verdict.summary,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value ?? rating.label,
      bestRating: BEST,
      worstRating: WORST,
      alternateName: rating.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimAuthor(input.claimant, first),
      datePublished: claimDate(appearances),
      appearance: appearances.map((appearance) => creativeWork(siteUrl, appearance)),
      firstAppearance: first ? creativeWork(siteUrl, first) : undefined,
    },
  }
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}
