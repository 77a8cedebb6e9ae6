// When requiring every word finds (almost) nothing, claims that have most of the words: all but one,
// or, for a query of four to six words, all but two. Ranked by how many words they have, then by
// the one ranking of claims over any of the words (claimRankSql); each with
// the words it lacks, which the results show ("Missing: kids"). A word in another form than the
// claim's ("grew" for "grow", "kids" for "children") or a reader's extra words ("did", "know") no
// longer leave the page empty. Claims only, on the first page: the fallback of a search that failed.
import { getDb } from '../../db'
import { Prisma } from '../../generated/prisma/client'
import { numberSpellings } from '../../search/number-spellings'
import type { SearchInput } from '../../validations/search'
import { CLAIM_TIE_BREAK, type ClaimMatchRow, claimFilterSql, claimRankSql, SHORT_TEXT } from './search-query'
import type { PublicViewer } from './viewer'

/** Each subset of the words reads at most this many claims: the candidates stay bounded however common the words. */
const PER_SUBSET = 100
const RESULTS = 20
/**
 * Dropping two words is tried for queries of this many words at most (a subset for each pair):
 * seven made 21 subsets, and a question of seven common words took 200 to 250 ms at a million
 * claims (decision 027); at six, recall on the known-item queries was the same.
 */
const MOST_WORDS_FOR_TWO_MISSING = 6

/** A claim with most of the words, and the words it lacks, as typed. */
export type PartialClaimRow = ClaimMatchRow & { missing: string[] }

/**
 * The query's words as typed, each once: none when it uses the search syntax (quotes, OR, -word),
 * whose meaning a partial match would break.
 */
export function typedWords(q: string): string[] {
  if (/["]|(^|\s)-\S|\sor\s/i.test(q)) return []
  const words = q.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean)
  return words.filter((word, i) => words.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === i)
}

/** Index subsets of `count` words lacking `missing` of them (one, or two for a query of four to six words). */
export function subsets(count: number, missing: 1 | 2): number[][] {
  const all = [...Array(count).keys()]
  if (missing === 1) return all.map((skip) => all.filter((i) => i !== skip))
  if (count < 4 || count > MOST_WORDS_FOR_TWO_MISSING) return []
  return all.flatMap((a) => all.filter((b) => b > a).map((b) => all.filter((i) => i !== a && i !== b)))
}

const wordQuery = (word: string) => {
  const phrase = (text: string) => Prisma.sql`phraseto_tsquery('claimtrail_english', ${text})`
  const [number] = numberSpellings(word)
  return number ? Prisma.sql`(${phrase(word)} || ${phrase(number.other)})` : phrase(word)
}

/**
 * Claims with most of the query's words: all but one, and only when those are fewer than `enough`,
 * all but two (each subset is a GIN search of its own: 15 of them for six words). Empty for a query
 * of fewer than three words that count.
 */
export async function mostWordsClaims(viewer: PublicViewer, input: SearchInput, enough: number): Promise<PartialClaimRow[]> {
  const db = getDb()
  const typed = typedWords(input.q)
  if (typed.length < 3) return []
  // Stop words ("the", "did") are no words to match or to miss.
  const counted = await db.$queryRaw<Array<{ word: string }>>`
    SELECT t.word FROM unnest(${typed}::text[]) WITH ORDINALITY AS t(word, i)
    WHERE numnode(phraseto_tsquery('claimtrail_english', t.word)) > 0 ORDER BY t.i`
  const words = counted.map((row) => row.word)
  if (words.length < 3) return []
  const lackingOne = await claimsWith(viewer, input, words, subsets(words.length, 1))
  const partial = lackingOne.filter((row) => row.missing.length > 0)
  const lackingTwo = subsets(words.length, 2)
  if (partial.length >= enough || lackingTwo.length === 0) return lackingOne
  return claimsWith(viewer, input, words, [...subsets(words.length, 1), ...lackingTwo])
}

/** The best RESULTS claims having all the words of one of `wordSets` (indexes into `words`), with the words each lacks. */
async function claimsWith(viewer: PublicViewer, input: SearchInput, words: string[], wordSets: number[][]): Promise<PartialClaimRow[]> {
  const queries = words.map(wordQuery)
  const all = (indexes: number[]) => Prisma.join(indexes.map((i) => queries[i]!), ' && ')
  const candidates = wordSets.map(
    (indexes) => Prisma.sql`(SELECT c."id" FROM "Claim" c WHERE c."searchVector" @@ (${all(indexes)}) AND ${claimFilterSql(viewer, input, 'c')} LIMIT ${PER_SUBSET})`,
  )
  const terms = Prisma.join(words.map((word, i) => Prisma.sql`(${i}, ${word}, ${queries[i]!})`))
  return getDb().$queryRaw<PartialClaimRow[]>`
    WITH terms(i, word, q) AS (VALUES ${terms}),
    query AS (SELECT ${Prisma.join(queries, ' || ')} AS q),
    candidates AS (${Prisma.join(candidates, ' UNION ')}),
    scored AS (
      SELECT c."slug", c."text", c."claimant", c."publishedAt", c."currentRating" AS "rating", c."currentSummary" AS "summary",
             ARRAY(SELECT t.word FROM terms t WHERE NOT (c."searchVector" @@ t.q) ORDER BY t.i) AS missing,
             ${claimRankSql(Prisma.sql`c."searchVector"`, Prisma.sql`query.q`)} AS rank
      FROM candidates JOIN "Claim" c ON c."id" = candidates."id", query
    ),
    best AS (SELECT * FROM scored ORDER BY cardinality(missing), rank DESC, ${Prisma.raw(CLAIM_TIE_BREAK)} LIMIT ${RESULTS})
    SELECT b."slug", b."claimant", b."publishedAt", b."rating", b."missing",
           ts_headline('claimtrail_english', b."text", query.q, ${SHORT_TEXT}) AS text,
           ts_headline('claimtrail_english', coalesce(b."summary", ''), query.q, ${SHORT_TEXT}) AS summary
    FROM best b, query ORDER BY cardinality(b.missing), b.rank DESC, ${Prisma.raw(CLAIM_TIE_BREAK)}`
}
