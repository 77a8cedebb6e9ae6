// Reads for the team's claim pages. Everything here is unpublished-or-not: callers are team pages
// and team actions, never public ones.
import type { CurrentUser } from '../../auth/session'
import { CLAIM_SAVES, lastChange } from '../../server/audit/audit-log'
import { getDb } from '../../db'
import type { Prisma } from '../../generated/prisma/client'
import { quotePages } from '../quote-pages'
import { CLAIM_FIGURE_ORDER, CLAIM_HEADING, FIGURE_VALUE } from '../selects'
import { readableBy, readableBySql } from './access'

export type SimilarClaim = { id: string; slug: string; text: string; claimant: string | null; isPublished: boolean; score: number }

/** Trigram similarity of whole texts, and of the typed words within a longer claim. */
const SIMILARITY_THRESHOLD = 0.2
const WORD_SIMILARITY_THRESHOLD = 0.4

/**
 * Claims whose words are close to `text` (pg_trgm over Claim_text_trgm_idx), best first. The
 * thresholds are set for this transaction only, below pg_trgm's defaults (0.3 and 0.6) so a few
 * typed words already find the claim that states them.
 */
export async function listSimilarClaims(asker: CurrentUser, text: string, options: { excludeClaimId?: string; limit?: number } = {}): Promise<SimilarClaim[]> {
  const limit = options.limit ?? 6
  const exclude = options.excludeClaimId ?? ''
  const rows = await getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true),
      set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`
    return tx.$queryRaw<Array<Omit<SimilarClaim, 'score'> & { score: number }>>`
      SELECT id, slug, text, claimant, "publishedAt" IS NOT NULL AS "isPublished",
        GREATEST(similarity(text, ${text}), word_similarity(${text}, text))::float8 AS score
      FROM "Claim"
      WHERE (text % ${text} OR ${text} <% text) AND id <> ${exclude} AND ${readableBySql(asker, 'workspace.view')}
      ORDER BY score DESC, id
      LIMIT ${limit}`
  })
  return rows.map((row) => ({ ...row, score: Number(row.score) }))
}

export type ClaimStatusFilter = 'all' | 'published' | 'unpublished'

const claimListRow = {
  id: true,
  slug: true,
  text: true,
  claimant: true,
  publishedAt: true,
  updatedAt: true,
  _count: { select: { appearances: true, figures: true } },
  verdicts: { orderBy: { revision: 'desc' }, take: 1, select: { status: true, revision: true } },
} as const satisfies Prisma.ClaimSelect

/** The claims list: the search (similar words) or the latest edited, filtered by status. */
export async function listClaims(asker: CurrentUser, options: { q?: string; status: ClaimStatusFilter }) {
  const status: Prisma.ClaimWhereInput =
    options.status === 'published' ? { publishedAt: { not: null } } : options.status === 'unpublished' ? { publishedAt: null } : {}
  const db = getDb()
  if (!options.q) return db.claim.findMany({ where: readableBy(asker, 'workspace.view', status), orderBy: { updatedAt: 'desc' }, take: 100, select: claimListRow })
  const matches = await listSimilarClaims(asker, options.q, { limit: 50 })
  const rows = await db.claim.findMany({ where: { id: { in: matches.map((m) => m.id) }, ...status }, select: claimListRow })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return matches.flatMap((match) => byId.get(match.id) ?? [])
}

const quoteSource = {
  select: {
    id: true,
    exact: true,
    anchorStatus: true,
    // Where it is, for its pages in a PDF source (quotePages).
    snapshotId: true,
    start: true,
    end: true,
    snapshot: { select: { version: true, source: { select: { id: true, title: true, publisher: true } } } },
  },
} as const


/** Everything the claim workspace shows: the claim, its appearances, figures and team notes. */
export async function getClaim(asker: CurrentUser, id: string) {
  const claim = await getDb().claim.findUnique({
    where: readableBy(asker, 'workspace.view', { id }),
    select: {
      ...CLAIM_HEADING,
      lockVersion: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      appearances: { orderBy: { createdAt: 'asc' }, select: { id: true, stance: true, quote: quoteSource } },
      figures: {
        orderBy: CLAIM_FIGURE_ORDER,
        select: {
          ...FIGURE_VALUE,
          publishedAt: true,
          quantity: { select: { name: true, slug: true } },
          quote: quoteSource,
        },
      },
      notes: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      verdicts: { orderBy: { revision: 'desc' }, take: 1, select: { status: true, revision: true } },
    },
  })
  if (!claim) return null
  // A passage a published verdict of this claim cites stays attached while that verdict stands.
  const cited = await getDb().verdictEvidence.findMany({
    where: { verdict: { claimId: id, status: 'PUBLISHED' }, quoteId: { in: claim.appearances.map((a) => a.quote.id) } },
    select: { quoteId: true },
  })
  const citedQuoteIds = new Set(cited.map((c) => c.quoteId))
  const pages = await quotePages(getDb(), [...claim.appearances, ...claim.figures].map((item) => item.quote))
  return {
    ...claim,
    appearances: claim.appearances.map((appearance) => ({ ...appearance, isCited: citedQuoteIds.has(appearance.quote.id), pages: pages.get(appearance.quote.id) ?? null })),
    figures: claim.figures.map((figure) => ({ ...figure, pages: pages.get(figure.quote.id) ?? null })),
    // Who saved the claim last and when: the claim row does not keep an editor, the audit log does.
    lastSave: await lastChange(getDb(), 'Claim', id, CLAIM_SAVES),
  }
}

export type ClaimWorkspace = NonNullable<Awaited<ReturnType<typeof getClaim>>>
