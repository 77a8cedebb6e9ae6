// Full-text search over what the public may see: claims (with their current verdict's summary),
// sources (with their latest snapshot's text) and quantities. Every query reads the generated
// `searchVector` columns through their GIN indexes (20261201130000_search); what a visitor typed
// reaches SQL only as a bound parameter, through websearch_to_tsquery. When the words match (almost)
// nothing, each word the lexicon of published words (SearchWord) lacks is replaced by its closest
// entries, by trigram similarity, and the same full-text search runs again ("separted childrn").
import { getDb } from '../../db'
import { Prisma } from '../../generated/prisma/client'
import type { Rating } from '../../generated/prisma/enums'
import { isLexiconWord, wordsOf } from '../../server/search/store-words'
import { parseSnippet, type SnippetPart } from '../../search/snippet'
import { SEARCH_PAGE_SIZE, type SearchInput } from '../../validations/search'
import { mostWordsClaims, type PartialClaimRow } from './search-most-words'
import { CLAIM_TIE_BREAK, type ClaimMatchRow, claimFilterSql, claimRankSql, type Filters, PASSAGE, SHORT_TEXT, tsquery } from './search-query'
import type { PublicViewer } from './viewer'
import { visibleFigureSql, visibleSources, visibleSourceSql } from './visibility'

/**
 * A query matching at most this many claims has every one of them ranked (claimRankSql), so the
 * claims shown are the best of all that match. Reading and ranking a match costs about 4 µs here
 * (docs/decisions/027-search-ranking.md): 2,000 take some 8 ms, the 26,000 of "zero tolerance
 * announced" in the 1M-claim corpus over 100 ms.
 */
export const CLAIM_MATCH_CAP = 2_000
/**
 * The slice (1 claim in 64, inSearchSlice) tells a large match set before it is read: a query with
 * at least this many matches in the slice has about 2,000 or more in all (64 times as many), and
 * more than 1,000 with near certainty. Its matches in the slice are then ranked: a sample, not all.
 */
const LARGE_IN_SLICE = 32
/** What a large match set's count says: "more than 1,000 claims". */
export const LARGE_MATCH_COUNT = 1_000
/** A large set's sample: at most this many of its matches in the slice. */
const SLICE_SAMPLE = 400
/**
 * A large set's claims with every word in their own text (Claim.textVector) are ranked beside the
 * sample when the slice holds fewer than this many of them (about 500 or fewer in all), at most
 * TEXT_MATCH_CAP: the ranking puts text far above claimant and summary, so they are the best of
 * the set, and reading them costs 1 to 10 ms where reading the whole set cannot be afforded.
 */
const FEW_TEXT_IN_SLICE = 8
const TEXT_MATCH_CAP = 1_000
const SIDE_LIMIT = 10
/** Sources and quantities: ranking reads at most this many matches, for the same reason. */
const SIDE_MATCH_CAP = 30
/** Sources: each side (title, snapshot text) reads this many matches before visibility is checked. */
const SOURCE_CANDIDATES = 90
/** Below this many full-text results, close spellings are looked for too. */
const FEW_RESULTS = 3
/**
 * pg_trgm's similarity from which a lexicon word counts as a close spelling. Compared as a value:
 * pg_trgm's own threshold (0.3 unless the server sets another) only prunes the index scan, so the
 * lookup needs no transaction to set it.
 */
const TYPO_SIMILARITY = 0.45
/** A misspelt word is replaced by at most this many close spellings, any of which may match. */
const SPELLINGS_PER_WORD = 3

/**
 * A snapshot's passage is chosen in a window of its text around the first occurrence of one of the
 * query's lexemes: ts_headline parses all the text it is given (16 ms for 60 KB, 1.6 ms for 4 KB),
 * and real sources run to hundreds of kilobytes. The window starts a little before the match.
 */
const PASSAGE_WINDOW = { before: 1_000, length: 4_000 }

export type ClaimHit = {
  slug: string
  text: SnippetPart[]
  claimant: string | null
  rating: Rating | null
  summary: SnippetPart[]
  publishedAt: Date | null
  isCloseMatch: boolean
  /** The query's words it lacks: none, unless it was found as a claim with most of the words (search-most-words.ts). */
  missing: string[]
}
export type SourceHit = { id: string; title: SnippetPart[]; publisher: string | null; publishedOn: Date | null; passage: SnippetPart[]; isCloseMatch: boolean }
export type QuantityHit = { slug: string; name: SnippetPart[]; description: SnippetPart[]; isCloseMatch: boolean }

export type SearchResults = {
  claims: ClaimHit[]
  /** Claims found, exactly or (isClaimTotalExact false) "more than" this many. */
  claimTotal: number
  isClaimTotalExact: boolean
  /** Ranked claims follow on the next page. */
  hasMoreClaims: boolean
  sources: SourceHit[]
  quantities: QuantityHit[]
  /** Some results are close spellings of the words, not the words themselves. */
  hasCloseMatches: boolean
  /** The words replaced by close spellings when some results are close spellings, with the spellings searched instead. */
  corrections: Misspelling[]
  /** Some claims have only most of the words, each with those it lacks. */
  hasPartialMatches: boolean
}

/** Searches everything the public may see (only visitors search). An empty query finds nothing. */
export async function search(viewer: PublicViewer, input: SearchInput): Promise<SearchResults> {
  const empty: SearchResults = { claims: [], claimTotal: 0, isClaimTotalExact: true, hasMoreClaims: false, sources: [], quantities: [], hasCloseMatches: false, corrections: [], hasPartialMatches: false }
  if (!input.q) return empty
  // Sources and quantities have no rating, so a rating filter leaves only claims.
  const showOthers = input.page === 1 && !input.rating
  // The close-spelling search does not wait for the first one. A word no published text contains
  // almost always means the words as typed find nothing, so as soon as the lexicon (an index lookup
  // a word) names such words, their corrected search starts beside the first; its results are
  // dropped when the first finds enough after all. A query spelt right throughout costs one lookup.
  const [results, close] = await Promise.all([
    searchFor(viewer, input, tsquery(input.q), { page: input.page, showOthers }),
    input.page === 1 ? misspellings(input.q).then(async (words) => ({ words, results: await closeSearch(viewer, input, showOthers, words) })) : Promise.resolve(null),
  ])
  const found = results.claimTotal + (showOthers ? results.sources.length + results.quantities.length : 0)
  const withClose = !close?.results || found >= FEW_RESULTS ? results : withCloseMatches(results, close.results, close.words)
  if (input.page > 1 || withClose.claimTotal >= FEW_RESULTS) return withClose
  return withPartialMatches(withClose, await mostWordsClaims(viewer, input, FEW_RESULTS))
}

/** The results, then claims with most of the words that they lack, each naming the words it misses. */
function withPartialMatches(results: SearchResults, rows: PartialClaimRow[]): SearchResults {
  const found = new Set(results.claims.map((claim) => claim.slug))
  const partial = rows
    .filter((row) => !found.has(row.slug) && row.missing.length > 0)
    .slice(0, SEARCH_PAGE_SIZE - results.claims.length)
    .map((row) => ({ ...toClaimHit(row), missing: row.missing }))
  return { ...results, claims: [...results.claims, ...partial], claimTotal: results.claimTotal + partial.length, hasMoreClaims: false, hasPartialMatches: partial.length > 0 }
}

type SearchMode = { page: number; showOthers: boolean }

/** One full-text search for `query` (a tsquery expression): a page of claims, and the sources and quantities beside them. */
async function searchFor(viewer: PublicViewer, input: SearchInput, query: Prisma.Sql, mode: SearchMode): Promise<SearchResults> {
  const db = getDb()
  const [claims, sources, quantities] = await Promise.all([
    db.$queryRaw<ClaimRow[]>(claimsSql(viewer, input, query, mode.page)),
    mode.showOthers ? db.$queryRaw<SourceRow[]>(sourcesSql(viewer, input, query)) : Promise.resolve([]),
    mode.showOthers ? db.$queryRaw<QuantityRow[]>(quantitiesSql(viewer, input, query)) : Promise.resolve([]),
  ])
  return {
    claims: claims.map(toClaimHit),
    claimTotal: Number(claims[0]?.total ?? 0),
    isClaimTotalExact: claims[0]?.isExact ?? true,
    hasMoreClaims: Number(claims[0]?.ranked ?? 0) > mode.page * SEARCH_PAGE_SIZE,
    sources: sources.map(toSourceHit),
    quantities: quantities.map(toQuantityHit),
    hasCloseMatches: false,
    corrections: [],
    hasPartialMatches: false,
  }
}

// ---- Full text ------------------------------------------------------------------------------

/** A claim as the claims statement returns it, with the matches it counted and the candidates it ranked. */
type ClaimRow = ClaimMatchRow & { total: bigint; isExact: boolean; ranked: bigint }

/**
 * The slice of claims or snapshots a query is first searched in: 1 row in 64, by id, with its own
 * partial GIN index (migration 20261201190000_search_slice). The same text as the index's
 * predicate, so that PostgreSQL sees the index serves it.
 */
const inSearchSlice = (alias: string) => Prisma.raw(`left(md5(${alias}."id"), 2) < '04'`)

/**
 * The ids `everywhere` finds (at most `enough`), read from `inSlice` (the same search in the slice)
 * when it holds `enough` of them. Two common words that often come together ("homeland security",
 * 90,000 of a million claims) would otherwise cost a bitmap of every row that has both (60 ms),
 * where the slice reads a 64th of them. Rarer words fill no slice, and the whole index is searched,
 * in the same statement. The slice is fixed, so the same words find the same rows on every page and
 * every reload.
 */
function sliceFirst(inSlice: Prisma.Sql, everywhere: Prisma.Sql, enough: number): Prisma.Sql {
  const isSliceEnough = Prisma.sql`(SELECT count(*) FROM slice) >= ${enough}`
  return Prisma.sql`
    WITH slice AS MATERIALIZED (${inSlice})
    SELECT id FROM slice WHERE ${isSliceEnough}
    UNION ALL
    SELECT id FROM (${everywhere}) everywhere WHERE NOT ${isSliceEnough}`
}

/**
 * The claims to rank, with how many match (`total`, `isExact`). The slice is read first: when it
 * holds LARGE_IN_SLICE matches, the set is large, reading every match would cost more than a search
 * may take, and what is ranked is the slice's matches (a 64th, chosen by id, so neither older nor
 * newer ones) and, when they are few, every claim with all the words in its own text. Otherwise
 * every match is read, and ranked when there are at most CLAIM_MATCH_CAP (past it, which the slice
 * makes rare, the first CLAIM_MATCH_CAP + 1 read are). Either way the same query ranks the same
 * claims on every page and every reload.
 * The claim's vector holds its current published summary (Claim.currentSummary).
 */
function claimCandidatesSql(viewer: PublicViewer, input: SearchInput, query: Prisma.Sql): Prisma.Sql {
  const matches = (vector: 'searchVector' | 'textVector', where: Prisma.Sql, limit: number) =>
    Prisma.sql`SELECT c."id" FROM "Claim" c WHERE c.${Prisma.raw(`"${vector}"`)} @@ ${query} AND ${claimFilterSql(viewer, input, 'c')} ${where} LIMIT ${limit}`
  const inSlice = Prisma.sql`AND ${inSearchSlice('c')}`
  const isLarge = Prisma.sql`(SELECT count(*) FROM slice) >= ${LARGE_IN_SLICE}`
  const isFewInText = Prisma.sql`(SELECT count(*) FROM "textSlice") < ${FEW_TEXT_IN_SLICE}`
  return Prisma.sql`
    WITH slice AS MATERIALIZED (${matches('searchVector', inSlice, SLICE_SAMPLE)}),
    every AS MATERIALIZED (${matches('searchVector', Prisma.empty, CLAIM_MATCH_CAP + 1)}),
    "textSlice" AS MATERIALIZED (${matches('textVector', inSlice, FEW_TEXT_IN_SLICE)}),
    "inText" AS MATERIALIZED (${matches('textVector', Prisma.empty, TEXT_MATCH_CAP)})
    SELECT slice."id", ${LARGE_MATCH_COUNT}::bigint AS total, FALSE AS "isExact" FROM slice WHERE ${isLarge}
    UNION
    SELECT "inText"."id", ${LARGE_MATCH_COUNT}::bigint AS total, FALSE AS "isExact" FROM "inText" WHERE ${isLarge} AND ${isFewInText}
    UNION ALL
    SELECT every."id", least((SELECT count(*) FROM every), ${CLAIM_MATCH_CAP}) AS total, (SELECT count(*) FROM every) <= ${CLAIM_MATCH_CAP} AS "isExact"
    FROM every WHERE NOT ${isLarge}`
}

/** Rating and summary are the claim's copies of its current published verdict's, so no verdict is read. */
function claimsSql(viewer: PublicViewer, input: SearchInput, query: Prisma.Sql, page: number): Prisma.Sql {
  return Prisma.sql`
    WITH query AS (SELECT ${query} AS q),
    candidates AS (${claimCandidatesSql(viewer, input, query)}),
    ranked AS (
      SELECT c."slug", c."text", c."claimant", c."publishedAt", c."currentRating" AS "rating", c."currentSummary" AS "summary",
             ${claimRankSql(Prisma.sql`c."searchVector"`, Prisma.sql`query.q`)} AS rank,
             candidates.total, candidates."isExact", count(*) OVER () AS ranked
      FROM candidates JOIN "Claim" c ON c."id" = candidates."id", query
      ORDER BY rank DESC, ${Prisma.raw(CLAIM_TIE_BREAK)}
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT r."slug", r."claimant", r."publishedAt", r."rating", r."total", r."isExact", r."ranked",
           ts_headline('claimtrail_english', r."text", query.q, ${SHORT_TEXT}) AS text,
           ts_headline('claimtrail_english', coalesce(r."summary", ''), query.q, ${SHORT_TEXT}) AS summary
    FROM ranked r, query ORDER BY r.rank DESC, ${Prisma.raw(CLAIM_TIE_BREAK)}`
}

type SourceRow = { id: string; title: string; publisher: string | null; publishedOn: Date | null; passage: string }

/**
 * Sources whose title, publisher or latest snapshot's text match. Each side reads at most
 * SOURCE_CANDIDATES matches without looking at visibility (a common word is in most snapshots, and
 * a GIN bitmap cannot stop early; read this way PostgreSQL stops at the LIMIT), snapshots from
 * their slice first (sliceFirst). Then the public rule is checked once, on those, and ranking
 * reads at most SIDE_MATCH_CAP of the visible ones.
 * So a source can be missed only when most of the first matches are not public yet.
 */
function sourcesSql(viewer: PublicViewer, input: SearchInput, query: Prisma.Sql): Prisma.Sql {
  const chosen = (column: string) => (input.source ? Prisma.sql`AND ${Prisma.raw(column)} = ${input.source}` : Prisma.empty)
  const snapshotMatches = (where: Prisma.Sql) => Prisma.sql`
    SELECT ss."sourceId" AS id FROM "SourceSnapshot" ss
    WHERE ss."searchVector" @@ ${query} ${chosen('ss."sourceId"')} ${where} AND ss."adoptedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "SourceSnapshot" later WHERE later."sourceId" = ss."sourceId" AND later."adoptedAt" IS NOT NULL AND later."version" > ss."version")
    LIMIT ${SOURCE_CANDIDATES}`
  return Prisma.sql`
    WITH query AS (SELECT ${query} AS q),
    matched AS (
      (SELECT s."id" FROM "Source" s WHERE s."searchVector" @@ ${query} ${chosen('s."id"')} LIMIT ${SOURCE_CANDIDATES})
      UNION
      (${sliceFirst(snapshotMatches(Prisma.sql`AND ${inSearchSlice('ss')}`), snapshotMatches(Prisma.empty), SOURCE_CANDIDATES)})
    ),
    hits AS (SELECT s."id" FROM matched JOIN "Source" s ON s."id" = matched."id" WHERE ${visibleSourceSql(viewer, 's')} LIMIT ${SIDE_MATCH_CAP}),
    ranked AS (
      SELECT s."id", s."title", s."publisher", s."publishedOn", latest."id" AS "snapshotId",
             ts_rank(s."searchVector" || coalesce(latest."searchVector", ''::tsvector), query.q) AS rank
      FROM hits JOIN "Source" s ON s."id" = hits."id"
      LEFT JOIN LATERAL (
        SELECT ss."id", ss."searchVector" FROM "SourceSnapshot" ss WHERE ss."sourceId" = s."id" AND ss."adoptedAt" IS NOT NULL ORDER BY ss."version" DESC LIMIT 1
      ) latest ON TRUE, query
      ORDER BY rank DESC, s."title" LIMIT ${SIDE_LIMIT}
    )
    SELECT r."id", r."publisher", r."publishedOn",
           ts_headline('claimtrail_english', r."title", query.q, ${SHORT_TEXT}) AS title,
           ts_headline('claimtrail_english', ${passageWindow(Prisma.sql`ss."text"`)}, query.q, ${PASSAGE}) AS passage
    FROM ranked r JOIN "SourceSnapshot" ss ON ss."id" = r."snapshotId", query ORDER BY r.rank DESC, r."title"`
}

/**
 * The window of `text` (PASSAGE_WINDOW) around the earliest of `query.q`'s lexemes, found as
 * lowercase text in the part of it the search vector covers (its first 200,000 characters). A
 * lexeme is the stem, which is usually how the word begins ("separ" of "separated"); a stem ending
 * in "i" is also looked for without it ("polici" of "policy"). Where none is found (an accented
 * word, an irregular stem), the window is the text's beginning, as for a source found by its title.
 * The lexemes are read from the tsquery's text form, where each is quoted: 'separ' & 'children'.
 */
function passageWindow(text: Prisma.Sql): Prisma.Sql {
  // The lowercase text once (MATERIALIZED), not once for each stem.
  return Prisma.sql`substr(${text}, greatest(1, coalesce((
      WITH lowered AS MATERIALIZED (SELECT lower(left(${text}, 200000)) AS body)
      SELECT min(nullif(strpos(lowered.body, stem), 0))
      FROM lowered, regexp_matches(query.q::text, '''((?:[^'']|'''')+)''', 'g') lexeme,
           unnest(ARRAY[replace(lexeme[1], '''''', ''''), CASE WHEN lexeme[1] LIKE '%i' THEN left(lexeme[1], -1) END]) stem
      WHERE length(stem) > 1
    ), 1) - ${PASSAGE_WINDOW.before}), ${PASSAGE_WINDOW.length})`
}

type QuantityRow = { slug: string; name: string; description: string }

/** A quantity is found when the public may see one of its figures (from the chosen source, if any). */
function quantityFigureSql(viewer: PublicViewer, { source }: Filters, alias: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Figure" qf
    ${source ? Prisma.sql`JOIN "Quote" qq ON qq."id" = qf."quoteId" JOIN "SourceSnapshot" qs ON qs."id" = qq."snapshotId" AND qs."sourceId" = ${source}` : Prisma.empty}
    WHERE qf."quantityId" = ${Prisma.raw(alias)}."id" AND ${visibleFigureSql(viewer, 'qf')})`
}

function quantitiesSql(viewer: PublicViewer, input: SearchInput, query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH query AS (SELECT ${query} AS q),
    hits AS (
      SELECT qt."id" FROM "Quantity" qt WHERE qt."searchVector" @@ ${query} AND ${quantityFigureSql(viewer, input, 'qt')} LIMIT ${SIDE_MATCH_CAP}
    ),
    ranked AS (
      SELECT qt."slug", qt."name", qt."description", ts_rank(qt."searchVector", query.q) AS rank
      FROM hits JOIN "Quantity" qt ON qt."id" = hits."id", query
      ORDER BY rank DESC, qt."name" LIMIT ${SIDE_LIMIT}
    )
    SELECT r."slug",
           ts_headline('claimtrail_english', r."name", query.q, ${SHORT_TEXT}) AS name,
           ts_headline('claimtrail_english', coalesce(r."description", ''), query.q, ${PASSAGE}) AS description
    FROM ranked r, query ORDER BY r.rank DESC, r."name"`
}

// ---- Close spellings (the lexicon) ---------------------------------------------------------

/** A word no published text contains, and the close spellings searched instead, closest first. */
export type Misspelling = { word: string; spellings: string[] }

/** A close spelling that is the typed word with two neighbouring letters swapped ("chidlren") comes first. */
const TRANSPOSED = 1

/**
 * The query's words that no published text contains, each with its closest lexicon words, closest
 * first, one per stem ("security" and "secure" are both `secur`, so the corrected query would only
 * repeat it): a lexicon word that is the typed word with two neighbouring letters swapped back
 * ("chidlren", which shares too few trigrams with "children" for pg_trgm to offer it), then those
 * pg_trgm finds similar. Letters only and at least 3 of them, as the lexicon stores words: a number
 * or a two-letter word is never corrected.
 */
async function misspellings(q: string): Promise<Misspelling[]> {
  return getDb().$queryRaw<Misspelling[]>`
    WITH words AS (SELECT DISTINCT w FROM ${wordsOf(Prisma.sql`${q}::text`)} w WHERE ${isLexiconWord(Prisma.sql`w`)})
    SELECT words.w AS word,
           ARRAY(SELECT close."word" FROM (
                   SELECT DISTINCT ON (to_tsvector('claimtrail_english', found."word")) found."word", found.closeness
                   FROM (
                     SELECT sw."word", ${TRANSPOSED}::real AS closeness FROM "SearchWord" sw
                     WHERE sw."word" IN (SELECT overlay(words.w PLACING substr(words.w, i + 1, 1) || substr(words.w, i, 1) FROM i FOR 2) FROM generate_series(1, length(words.w) - 1) i)
                     UNION ALL
                     SELECT sw."word", similarity(sw."word", words.w) FROM "SearchWord" sw WHERE sw."word" % words.w AND similarity(sw."word", words.w) >= ${TYPO_SIMILARITY}
                   ) found
                   ORDER BY to_tsvector('claimtrail_english', found."word"), found.closeness DESC, found."word"
                 ) close
                 ORDER BY close.closeness DESC, close."word" LIMIT ${SPELLINGS_PER_WORD}) AS spellings
    FROM words WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" sw WHERE sw."word" = words.w)`
}

/**
 * The full-text search with each misspelt word (`words`) replaced by its close spellings (any of
 * them: "separted" becomes separated, and the rest of the query stays as typed, quotes and -word
 * included, by ts_rewrite). Null when every word is spelt as published text spells it, or when one
 * has no close spelling at all: then the words really match (almost) nothing.
 */
async function closeSearch(viewer: PublicViewer, input: SearchInput, showOthers: boolean, words: Misspelling[]): Promise<SearchResults | null> {
  if (words.length === 0 || words.some((word) => word.spellings.length === 0)) return null
  const corrected = words.reduce(
    (query, { word, spellings }) =>
      Prisma.sql`ts_rewrite(${query}, plainto_tsquery('claimtrail_english', ${word}), ${Prisma.join(
        spellings.map((spelling) => Prisma.sql`plainto_tsquery('claimtrail_english', ${spelling})`),
        ' || ',
      )})`,
    tsquery(input.q),
  )
  return searchFor(viewer, input, corrected, { page: 1, showOthers })
}

/** The first search's results, then those of the close-spelling search it lacks, labelled as such. */
function withCloseMatches(results: SearchResults, close: SearchResults, corrections: Misspelling[]): SearchResults {
  const found = { claims: new Set(results.claims.map((c) => c.slug)), sources: new Set(results.sources.map((s) => s.id)), quantities: new Set(results.quantities.map((q) => q.slug)) }
  const closeClaims = close.claims.filter((c) => !found.claims.has(c.slug)).slice(0, SEARCH_PAGE_SIZE - results.claims.length).map((c) => ({ ...c, isCloseMatch: true }))
  const closeSources = close.sources.filter((s) => !found.sources.has(s.id)).map((s) => ({ ...s, isCloseMatch: true }))
  const closeQuantities = close.quantities.filter((q) => !found.quantities.has(q.slug)).map((q) => ({ ...q, isCloseMatch: true }))
  return {
    claims: [...results.claims, ...closeClaims],
    claimTotal: results.claimTotal + closeClaims.length,
    isClaimTotalExact: results.isClaimTotalExact,
    sources: [...results.sources, ...closeSources].slice(0, SIDE_LIMIT),
    quantities: [...results.quantities, ...closeQuantities].slice(0, SIDE_LIMIT),
    hasMoreClaims: false,
    hasCloseMatches: closeClaims.length + closeSources.length + closeQuantities.length > 0,
    corrections: closeClaims.length + closeSources.length + closeQuantities.length > 0 ? corrections : [],
    hasPartialMatches: false,
  }
}

// ---- Rows to results ------------------------------------------------------------------------

function toClaimHit(row: ClaimMatchRow): ClaimHit {
  return {
    slug: row.slug,
    text: parseSnippet(row.text),
    claimant: row.claimant,
    rating: row.rating,
    summary: parseSnippet(row.summary ?? ''),
    publishedAt: row.publishedAt,
    isCloseMatch: false,
    missing: [],
  }
}

function toSourceHit(row: SourceRow): SourceHit {
  return { id: row.id, title: parseSnippet(row.title), publisher: row.publisher, publishedOn: row.publishedOn, passage: parseSnippet(row.passage), isCloseMatch: false }
}

function toQuantityHit(row: QuantityRow): QuantityHit {
  return { slug: row.slug, name: parseSnippet(row.name), description: parseSnippet(row.description), isCloseMatch: false }
}

/** How many sources the filter offers; a larger knowledge base would make the page huge. */
export const SEARCH_SOURCE_CHOICES = 100

/**
 * The sources a search can be narrowed to: the latest the public may see (at most
 * SEARCH_SOURCE_CHOICES) and the one already chosen, by title. Any visible source can still be
 * chosen through the address (`source=<id>`).
 */
export async function listSearchSources(viewer: PublicViewer, chosenId?: string) {
  const visible = visibleSources(viewer)
  const db = getDb()
  const [latest, chosen] = await Promise.all([
    db.source.findMany({ where: visible, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: SEARCH_SOURCE_CHOICES, select: { id: true, title: true } }),
    chosenId ? db.source.findFirst({ where: { id: chosenId, ...visible }, select: { id: true, title: true } }) : null,
  ])
  const choices = chosen && !latest.some((source) => source.id === chosen.id) ? [...latest, chosen] : latest
  return choices.sort((a, b) => a.title.localeCompare(b.title))
}
