// Reads for the read-only JSON API (/api/v1), shaped as the API documents them (README, "Public
// feeds and API"). Every read takes the viewer and filters through ./visibility, so the API shows
// exactly what the public pages show. Dates are ISO 8601; calendar dates YYYY-MM-DD.
import { getDb, readConsistently } from '../../db'
import { env } from '../../env'
import type { ClaimCursor } from '../../api/cursor'
import type { Prisma } from '../../generated/prisma/client'
import { isoDay } from '../../format'
import { RATINGS } from '../../verdicts/ratings'
import { getQuantityPage } from './quantities'
import { RELATION_LIST_CAP } from './quantity-relations'
import { getSourcePage } from './sources'
import type { Viewer } from './viewer'
import { visibleAppearances, visibleClaims, visibleFigures, visibleVerdicts } from './visibility'
import { isCorrection } from '../../verdicts/workflow'
import { QUOTE_ANCHOR } from '../selects'
import { CITED_SNAPSHOT, pdfCitations, type PdfCitation } from './pdf-citations'

const pageUrl = (path: string) => `${env.SITE_URL}${path}`
const day = (date: Date | null) => (date ? isoDay(date) : null)
const decimal = (value: { toNumber(): number } | null) => (value ? value.toNumber() : null)
const latest = (...dates: (Date | null | undefined)[]) => new Date(Math.max(...dates.map((date) => date?.getTime() ?? 0)))

const quoteSelect = {
  select: {
    ...QUOTE_ANCHOR,
    snapshotId: true,
    snapshot: { select: { ...CITED_SNAPSHOT, source: { select: { id: true, title: true, url: true } } } },
  },
} as const

type QuoteRow = Prisma.QuoteGetPayload<typeof quoteSelect>
type Citations = Map<string, PdfCitation>

/**
 * Where a quote from a PDF is: its first and last page as the PDF labels them, their 1-based
 * positions in the file, and the original opened at the first (`#page=` takes the position);
 * both null for other quotes.
 */
function presentPages(citation: PdfCitation | undefined) {
  return { pages: citation?.pages ?? null, originalAtPage: citation?.originalAtPage ? pageUrl(citation.originalAtPage) : null }
}

function presentQuote({ snapshot, snapshotId: _snapshotId, ...quote }: QuoteRow, citations: Citations) {
  const { source } = snapshot
  return {
    ...quote,
    snapshotVersion: snapshot.version,
    ...presentPages(citations.get(quote.id)),
    source: { id: source.id, title: source.title, url: source.url, page: pageUrl(`/sources/${source.id}`), api: pageUrl(`/api/v1/sources/${source.id}`) },
  }
}

const figureFields = {
  id: true,
  qualifier: true,
  value: true,
  low: true,
  high: true,
  unit: true,
  periodStart: true,
  periodEnd: true,
  periodLabel: true,
  derivation: true,
  rank: true,
  rankReasonKind: true,
  rankReason: true,
  publishedAt: true,
  quote: quoteSelect,
} as const

type FigureRow = Prisma.FigureGetPayload<{ select: typeof figureFields }>

function presentFigure(figure: FigureRow, citations: Citations) {
  return {
    id: figure.id,
    qualifier: figure.qualifier,
    value: decimal(figure.value),
    low: decimal(figure.low),
    high: decimal(figure.high),
    unit: figure.unit,
    periodStart: day(figure.periodStart),
    periodEnd: day(figure.periodEnd),
    periodLabel: figure.periodLabel,
    derivation: figure.derivation,
    rank: figure.rank,
    rankReasonKind: figure.rankReasonKind,
    rankReason: figure.rankReason,
    publishedAt: figure.publishedAt,
    quote: presentQuote(figure.quote, citations),
  }
}

/** The current verdict: the newest published revision not replaced by a correction. */
const currentVerdict = (viewer: Viewer) => ({ where: { ...visibleVerdicts(viewer), supersededAt: null }, orderBy: { revision: 'desc' }, take: 1 }) as const

/** A page of claims, published newest first, after `cursor`; `next` is the cursor of the page after, if any. */
export async function listApiClaims(viewer: Viewer, { limit, cursor }: { limit: number; cursor?: ClaimCursor }) {
  const after = cursor ? { OR: [{ publishedAt: { lt: cursor.publishedAt } }, { publishedAt: cursor.publishedAt, slug: { gt: cursor.slug } }] } : {}
  const rows = await getDb().claim.findMany({
    where: { AND: [visibleClaims(viewer), after] },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit + 1,
    select: {
      slug: true,
      text: true,
      claimant: true,
      publishedAt: true,
      verdicts: { ...currentVerdict(viewer), select: { revision: true, rating: true, summary: true, publishedAt: true } },
    },
  })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  const next: ClaimCursor | null = rows.length > limit && last?.publishedAt ? { publishedAt: last.publishedAt, slug: last.slug } : null
  return {
    claims: page.map(({ verdicts: [verdict], ...claim }) => ({
      slug: claim.slug,
      text: claim.text,
      claimant: claim.claimant,
      url: pageUrl(`/claims/${claim.slug}`),
      api: pageUrl(`/api/v1/claims/${claim.slug}`),
      publishedAt: claim.publishedAt,
      updatedAt: latest(claim.publishedAt, verdict?.publishedAt),
      verdict: verdict ? { revision: verdict.revision, rating: verdict.rating, ratingLabel: RATINGS[verdict.rating].label, summary: verdict.summary, publishedAt: verdict.publishedAt } : null,
    })),
    next,
  }
}

export type ApiClaimSummary = Awaited<ReturnType<typeof listApiClaims>>['claims'][number]

export async function getApiClaim(viewer: Viewer, slug: string) {
  // On one snapshot, as the claim page reads (readConsistently): the nested select is a query per level.
  const read = await readConsistently(async (tx) => {
    const found = await tx.claim.findFirst({
      where: { slug, ...visibleClaims(viewer) },
      select: {
        slug: true,
        text: true,
        claimant: true,
        publishedAt: true,
        appearances: { where: visibleAppearances(viewer), orderBy: { createdAt: 'asc' }, select: { stance: true, quote: quoteSelect } },
        figures: {
          where: visibleFigures(viewer),
          orderBy: [{ quantity: { name: 'asc' } }, { periodStart: 'asc' }, { id: 'asc' }],
          select: { ...figureFields, quantity: { select: { slug: true, name: true } } },
        },
        verdicts: {
          where: visibleVerdicts(viewer),
          orderBy: { revision: 'desc' },
          select: {
            revision: true,
            rating: true,
            summary: true,
            rationale: true,
            correctionNote: true,
            publishedAt: true,
            supersededAt: true,
            evidence: { orderBy: { position: 'asc' }, select: { note: true, quote: quoteSelect } },
          },
        },
      },
    })
    if (!found) return null
    // The pages of the quotes read here, and only those (lib/data/public/pdf-citations.ts).
    const quotes = [...found.appearances, ...found.figures, ...found.verdicts.flatMap((verdict) => verdict.evidence)].map((item) => item.quote)
    return { claim: found, citations: await pdfCitations(tx, quotes) }
  })
  if (!read) return null
  const { claim, citations } = read
  const current = claim.verdicts.find((verdict) => verdict.supersededAt === null) ?? null
  return {
    slug: claim.slug,
    text: claim.text,
    claimant: claim.claimant,
    url: pageUrl(`/claims/${claim.slug}`),
    publishedAt: claim.publishedAt,
    updatedAt: latest(claim.publishedAt, ...claim.verdicts.map((verdict) => verdict.publishedAt), ...claim.figures.map((figure) => figure.publishedAt)),
    appearances: claim.appearances.map((appearance) => ({ stance: appearance.stance, quote: presentQuote(appearance.quote, citations) })),
    verdict: current
      ? {
          revision: current.revision,
          rating: current.rating,
          ratingLabel: RATINGS[current.rating].label,
          summary: current.summary,
          rationaleMarkdown: current.rationale,
          publishedAt: current.publishedAt,
          evidence: current.evidence.map((item) => ({ note: item.note, quote: presentQuote(item.quote, citations) })),
        }
      : null,
    corrections: claim.verdicts
      .filter((verdict) => isCorrection(verdict) && verdict.correctionNote && verdict.publishedAt)
      .map((verdict) => ({ revision: verdict.revision, publishedAt: verdict.publishedAt, note: verdict.correctionNote, rating: verdict.rating, summary: verdict.summary })),
    figures: claim.figures.map(({ quantity, ...figure }) => ({
      ...presentFigure(figure, citations),
      quantity: { slug: quantity.slug, name: quantity.name, url: pageUrl(`/quantities/${quantity.slug}`), api: pageUrl(`/api/v1/quantities/${quantity.slug}`) },
    })),
  }
}

/** A public source: its details, its latest snapshot (hash and text) and the public quotes in it. */
export async function getApiSource(viewer: Viewer, id: string) {
  const source = await getSourcePage(viewer, id)
  if (!source) return null
  const { snapshot } = source
  // The public quotes the page read, again by id, with what citing them by page takes.
  const cited = await getDb().quote.findMany({
    where: { id: { in: source.quotes.map((quote) => quote.id) } },
    select: { id: true, snapshotId: true, start: true, end: true, snapshot: { select: { ...CITED_SNAPSHOT, source: { select: { id: true } } } } },
  })
  const citations = await pdfCitations(getDb(), cited)
  return {
    id: source.id,
    title: source.title,
    kind: source.kind,
    publisher: source.publisher,
    author: source.author,
    url: source.url,
    publishedOn: day(source.publishedOn),
    page: pageUrl(`/sources/${source.id}`),
    snapshot: { version: snapshot.version, capturedAt: snapshot.capturedAt, contentHash: snapshot.contentHash, hashAlgorithm: 'sha256', text: snapshot.text },
    quotes: source.quotes.map((quote) => ({
      id: quote.id,
      exact: quote.exact,
      start: quote.start,
      end: quote.end,
      ...presentPages(citations.get(quote.id)),
      claims: quote.claims.map((claim) => ({ slug: claim.slug, url: pageUrl(`/claims/${claim.slug}`) })),
    })),
  }
}

/**
 * A quantity with its published figures, counts of the relations between them by kind, and the
 * same bounded list of relations its page shows (at most RELATION_LIST_CAP of each kind): read
 * by getQuantityPage, so the API and the page read a quantity one way. A resolution only once published.
 */
export async function getApiQuantity(viewer: Viewer, slug: string) {
  const quantity = await getQuantityPage(viewer, slug)
  if (!quantity) return null
  const citations = await pdfCitations(getDb(), quantity.figures.map((figure) => figure.quote))
  const { byKind } = quantity.relationCounts
  return {
    slug: quantity.slug,
    name: quantity.name,
    description: quantity.description,
    unit: quantity.unit,
    url: pageUrl(`/quantities/${quantity.slug}`),
    updatedAt: latest(...quantity.figures.map((figure) => figure.publishedAt), ...quantity.relations.map((relation) => relation.resolution?.publishedAt)),
    figures: quantity.figures.map(({ claimSlug, ...figure }) => ({
      ...presentFigure(figure, citations),
      claim: claimSlug ? { slug: claimSlug, url: pageUrl(`/claims/${claimSlug}`) } : null,
    })),
    relationCounts: { conflict: byKind.CONFLICT, update: byKind.UPDATE, consistent: byKind.CONSISTENT, incomparable: byKind.INCOMPARABLE },
    relationsPerKind: RELATION_LIST_CAP,
    relations: quantity.relations.map(({ id: _id, resolution, ...relation }) => ({
      ...relation,
      ...(resolution ? { resolution: { kind: resolution.kind, note: resolution.note, publishedAt: resolution.publishedAt } } : {}),
    })),
  }
}
