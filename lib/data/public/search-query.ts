// The pieces every search statement shares (lib/data/public/search.ts, search-most-words.ts): the
// visitor's words as a tsquery, how matches are marked, and the filters a claim must pass.
import { Prisma } from '../../generated/prisma/client'
import type { Rating } from '../../generated/prisma/enums'
import { numberSpellings } from '../../search/number-spellings'
import { HEADLINE_MARKS } from '../../search/snippet'
import type { SearchInput } from '../../validations/search'
import type { PublicViewer } from './viewer'
import { visibleClaimSql } from './visibility'

export type Filters = Pick<SearchInput, 'rating' | 'source'>

/** A claim found, as search statements return it: its words marked (ts_headline) in `text` and `summary`. */
export type ClaimMatchRow = {
  slug: string
  claimant: string | null
  publishedAt: Date | null
  rating: Rating | null
  text: string
  summary: string | null
}

/**
 * The visitor's words as a tsquery: quotes, OR and -word as on web search engines, never an error;
 * each number of four digits or more in both its spellings, "3000" as "3000" or "3,000" (which the
 * parser reads as 3 followed by 000), in phrases too (lib/search/number-spellings.ts).
 */
export function tsquery(words: string): Prisma.Sql {
  const phrase = (text: string) => Prisma.sql`phraseto_tsquery('claimtrail_english', ${text})`
  return numberSpellings(words).reduce(
    (query, { typed, other }) => Prisma.sql`ts_rewrite(${query}, ${phrase(typed)}, ${phrase(typed)} || ${phrase(other)})`,
    Prisma.sql`websearch_to_tsquery('claimtrail_english', ${words})`,
  )
}
/**
 * The one ranking of claims found (search.ts, search-most-words.ts): cover density (ts_rank_cd:
 * more of the words, closer together, ranks higher) with the fields weighted, the claim's own text
 * far above its claimant, and the claimant above its verdict's summary ({D, C, B, A}: the summary
 * is C, the claimant B, the text A, migration 20261201160000_claim_search_summary). Ties go to the
 * newest, then to the slug, so that the same query gives the same page every time.
 * Chosen on the known-item queries inside the 1M-claim corpus (docs/decisions/027-search-ranking.md).
 */
export function claimRankSql(vector: Prisma.Sql, query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ts_rank_cd('{0, 0.05, 0.2, 1}'::real[], ${vector}, ${query})`
}
export const CLAIM_TIE_BREAK = `"publishedAt" DESC NULLS LAST, "slug"`

export const SHORT_TEXT = `${HEADLINE_MARKS}, HighlightAll=true`
export const PASSAGE = `${HEADLINE_MARKS}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`

/**
 * The rating is the claim's copy of its current published verdict's (Claim.currentRating, kept by
 * the publish transaction): a column to compare rather than a subquery for every row read.
 */
export function claimFilterSql(viewer: PublicViewer, { rating, source }: Filters, alias: string): Prisma.Sql {
  const c = Prisma.raw(alias)
  return Prisma.sql`${visibleClaimSql(viewer, alias)}
    ${rating ? Prisma.sql`AND ${c}."currentRating" = ${rating}::"Rating"` : Prisma.empty}
    ${source ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Appearance" fa JOIN "Quote" fq ON fq."id" = fa."quoteId" JOIN "SourceSnapshot" fs ON fs."id" = fq."snapshotId" WHERE fa."claimId" = ${c}."id" AND fa."publishedAt" IS NOT NULL AND fs."sourceId" = ${source})` : Prisma.empty}`
}
