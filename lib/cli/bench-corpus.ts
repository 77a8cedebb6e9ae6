// A synthetic, all-published knowledge base of any size, for benchmarks on a throwaway database
// (never a real one: it drops and rebuilds the indexes of the tables it fills). Built by bulk
// `INSERT ... SELECT generate_series` in one transaction, so a million claims take minutes: raw SQL on
// purpose, where one lib/server write a row (what the seed uses) would take hours.
//
// The words are real: every text is a run of consecutive words of the seed sources
// (prisma/seed/sources/*.txt), so word frequencies and two-word phrases are those of real articles
// ("separated children", "545"); claimants add a long tail of rare names ("Mayor Kavoten"), about
// 20 claims each. Everything is deterministic (hashes of the row number, no random()), so two builds
// of the same size are identical and a query finds the same rows on every machine.
//
// What it makes, for { claims: C, sources: S, figures: F }:
// - C claims, published between 2019 and 2024, each with a published verdict (revision 1) whose rating
//   is spread evenly over the six ratings; every 20th claim also has a published correction
//   (revision 2) that supersedes it. Claim.currentRating is the current revision's.
// - S sources (title, publisher, date), each with one snapshot of ~150 words and one quote.
// - F figures (published, on a quote of a source and a claim) over F / 10 quantities, so every source
//   quoted by a figure and every quantity is public. Figure relations are not computed.
// - one appearance (claim in a source) for every 10th claim, for the source filter.
// - the search lexicon of all of it (lib/server/search/store-words.ts), then ANALYZE.
// Ids and slugs start with "bench-", so it can sit beside the seed corpus, but only once per database.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '../db'
import { fillSearchWords } from '../server/search/store-words'
import { formatNumber } from '../format'

export type CorpusSize = { claims: number; sources: number; figures: number }
export type CorpusOptions = { log?: (line: string) => void }

const TABLES = ['Claim', 'Verdict', 'Source', 'SourceSnapshot', 'Quote', 'Quantity', 'Figure', 'Appearance', 'SearchWord']
const RATINGS = ['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'UNPROVEN']
const TITLES = ['Mayor', 'Senator', 'Governor', 'Representative', 'Commissioner', 'Secretary', 'Judge', 'Sheriff']
const PUBLISHERS = ['Axios', 'Mother Jones', 'HSToday', 'The Guardian', 'Reuters', 'Associated Press', 'ProPublica', 'Department of Justice', 'GAO', 'Politico']
/** Three of these make a surname: 27,000 of them, a long tail of rare words. */
const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vo', 'la', 'shi', 'dor', 'ben', 'ta', 'gu', 'fel', 'an', 'ri', 'mo', 'zen', 'pa', 'li', 'ur', 'kes', 'bra', 'ni', 'sol', 've', 'to', 'mar', 'qui', 'del', 'ha', 'ost']

/** The words of the seed sources, in order, as one stream. */
export function seedWordStream(): string[] {
  const dir = path.join(import.meta.dirname, '..', '..', 'prisma', 'seed', 'sources')
  return readdirSync(dir)
    .sort()
    .flatMap((file) => readFileSync(path.join(dir, file), 'utf8').split(/\s+/))
    .filter((word) => word.length > 0)
}

/** A hash of the row number `g` and a salt, in [0, 2^31). Constants are ours, never input. */
const h = (g: string, salt: number) => `(hashint8(${g}::bigint * 7919 + ${salt})::bigint & 2147483647)`

export async function buildSyntheticCorpus(db: Db, size: CorpusSize, { log = () => {} }: CorpusOptions = {}): Promise<CorpusSize> {
  const words = seedWordStream()
  const n = words.length
  /** `length` to `length + spread - 1` consecutive seed words, chosen by salt. */
  const run = (g: string, salt: number, length: number, spread: number) => {
    const start = `(1 + ${h(g, salt)} % ${n - length - spread})`
    return `array_to_string(($1::text[])[${start} : ${start} + ${length} + ${h(g, salt + 1)} % ${spread} - 1], ' ')`
  }
  const pick = (list: string, g: string, salt: number, count: number) => `${list}[1 + ${h(g, salt)} % ${count}]`
  const surname = (g: string) => `initcap(${[0, 1, 2].map((i) => pick('($2::text[])', g, 40 + i, SYLLABLES.length)).join(' || ')})`
  const { claims: C, sources: S, figures: F } = size
  const Q = Math.max(1, Math.floor(F / 10))

  const steps: Array<[string, string]> = [
    ['user', `INSERT INTO "User" ("id", "email", "name", "passwordHash", "disabledAt", "updatedAt")
      VALUES ('bench-user', 'bench-corpus@example.org', 'Bench Corpus', 'unusable', now(), now())`],
    [`${formatNumber(C)} claims`, `INSERT INTO "Claim" ("id", "slug", "text", "claimant", "publishedAt", "currentRating", "currentSummary", "createdById", "updatedAt")
      SELECT 'bench-c' || g, 'bench-claim-' || g, ${run('g', 1, 8, 12)},
             ${pick('($3::text[])', 'g', 3, TITLES.length)} || ' ' || ${surname('g')},
             timestamp '2019-01-01' + ${h('g', 4)} % (6 * 365 * 86400) * interval '1 second',
             (${pick('($5::text[])', 'g', 5, RATINGS.length)})::"Rating",
             -- The current revision's summary: the correction's (salt 9) for every 20th claim.
             CASE WHEN g % 20 = 0 THEN ${run('g', 9, 10, 15)} ELSE ${run('g', 7, 10, 15)} END, 'bench-user', now()
      FROM generate_series(1, ${C}) g`],
    ['verdicts', `INSERT INTO "Verdict" ("id", "claimId", "revision", "status", "rating", "summary", "rationale", "authorId", "lastEditedById",
                   "submittedAt", "approvedById", "approvedAt", "publishedById", "publishedAt", "supersededAt", "updatedAt")
      -- Salt 5 is the claim's current rating: the first revision's, unless a correction replaced it.
      SELECT 'bench-v' || g, 'bench-c' || g, 1, 'PUBLISHED',
             (CASE WHEN g % 20 = 0 THEN ${pick('($5::text[])', 'g', 6, RATINGS.length)} ELSE ${pick('($5::text[])', 'g', 5, RATINGS.length)} END)::"Rating",
             ${run('g', 7, 10, 15)}, 'Synthetic rationale ' || g, 'bench-user', 'bench-user', c."publishedAt", 'bench-user', c."publishedAt",
             'bench-user', c."publishedAt", CASE WHEN g % 20 = 0 THEN c."publishedAt" + interval '30 days' END, now()
      FROM generate_series(1, ${C}) g JOIN "Claim" c ON c."id" = 'bench-c' || g`],
    ['corrections', `INSERT INTO "Verdict" ("id", "claimId", "revision", "status", "rating", "summary", "rationale", "correctionNote", "authorId", "lastEditedById",
                   "submittedAt", "approvedById", "approvedAt", "publishedById", "publishedAt", "updatedAt")
      SELECT 'bench-v' || g || '-2', 'bench-c' || g, 2, 'PUBLISHED', c."currentRating", ${run('g', 9, 10, 15)}, 'Synthetic rationale ' || g,
             'Corrected.', 'bench-user', 'bench-user', v."supersededAt", 'bench-user', v."supersededAt", 'bench-user', v."supersededAt", now()
      FROM generate_series(20, ${C}, 20) g JOIN "Claim" c ON c."id" = 'bench-c' || g JOIN "Verdict" v ON v."id" = 'bench-v' || g`],
    [`${formatNumber(S)} sources`, `INSERT INTO "Source" ("id", "title", "publisher", "publishedOn", "createdById", "updatedAt")
      SELECT 'bench-s' || g, ${run('g', 11, 5, 6)}, ${pick('($4::text[])', 'g', 13, PUBLISHERS.length)},
             date '2018-01-01' + (${h('g', 14)} % 2500)::int, 'bench-user', now()
      FROM generate_series(1, ${S}) g`],
    ['snapshots', `INSERT INTO "SourceSnapshot" ("id", "sourceId", "version", "text", "contentHash", "capturedById")
      SELECT 'bench-ss' || g, 'bench-s' || g, 1, t, encode(sha256(convert_to(t, 'UTF8')), 'hex'), 'bench-user'
      FROM generate_series(1, ${S}) g, LATERAL (SELECT 'Report ' || g || '. ' || ${run('g', 15, 120, 60)} AS t) x`],
    ['quotes', `INSERT INTO "Quote" ("id", "snapshotId", "exact", "prefix", "suffix", "start", "end", "createdById", "updatedAt")
      SELECT 'bench-q' || g, ss."id", left(ss."text", 60), '', substr(ss."text", 61, 32), 0, length(left(ss."text", 60)), 'bench-user', now()
      FROM generate_series(1, ${S}) g JOIN "SourceSnapshot" ss ON ss."id" = 'bench-ss' || g`],
    [`${formatNumber(Q)} quantities`, `INSERT INTO "Quantity" ("id", "slug", "name", "description", "unit", "updatedAt")
      SELECT 'bench-qt' || g, 'bench-quantity-' || g, ${run('g', 17, 3, 4)}, ${run('g', 19, 10, 10)}, 'people', now()
      FROM generate_series(1, ${Q}) g`],
    [`${formatNumber(F)} figures`, `INSERT INTO "Figure" ("id", "quantityId", "quoteId", "claimId", "qualifier", "value", "low", "high", "unit", "publishedAt", "createdById", "updatedAt")
      SELECT 'bench-f' || g, 'bench-qt' || (1 + g % ${Q}), 'bench-q' || (1 + g % ${S}), 'bench-c' || (1 + ${h('g', 21)} % ${C}),
             'EXACT', v, v, v, 'people', now(), 'bench-user', now()
      FROM generate_series(1, ${F}) g, LATERAL (SELECT (${h('g', 22)} % 10000)::numeric AS v) x`],
    // Published with their claims (decision 015); the public rule also requires the claim published.
    ['appearances', `INSERT INTO "Appearance" ("id", "claimId", "quoteId", "publishedAt", "updatedAt")
      SELECT 'bench-a' || g, 'bench-c' || g, 'bench-q' || (1 + ${h('g', 23)} % ${S}), now(), now()
      FROM generate_series(10, ${C}, 10) g`],
  ]

  return db.$transaction(
    async (tx) => {
      const [existing] = await tx.$queryRaw<Array<{ found: boolean }>>`SELECT EXISTS (SELECT 1 FROM "User" WHERE "id" = 'bench-user') AS found`
      if (existing!.found) throw new Error('This database already holds a synthetic corpus.')
      await tx.$executeRawUnsafe(`SET LOCAL synchronous_commit = off`)
      await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '512MB'`)
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`)
      // As a superuser (the embedded server's), skip the foreign-key triggers: every reference is
      // built valid, and checking millions of them one by one doubles the time.
      const [role] = await tx.$queryRaw<Array<{ isSuper: boolean }>>`SELECT rolsuper AS "isSuper" FROM pg_roles WHERE rolname = current_user`
      if (role?.isSuper) await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`)
      // Filling tables without their secondary indexes and building those once is several times faster.
      const indexes = await tx.$queryRaw<Array<{ name: string; definition: string }>>`
        SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY (${TABLES}) AND t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`
      for (const index of indexes) await tx.$executeRawUnsafe(`DROP INDEX ${index.name}`)
      for (const [what, sql] of steps) await timed(log, what, () => tx.$executeRawUnsafe(...bindLists(sql, [words, SYLLABLES, TITLES, PUBLISHERS, RATINGS])))
      await timed(log, `${indexes.length} indexes`, async () => {
        for (const index of indexes) await tx.$executeRawUnsafe(index.definition)
      })
      await timed(log, 'search lexicon', () => fillSearchWords(tx))
      return size
    },
    { timeout: 3 * 60 * 60 * 1000, maxWait: 60_000 },
  ).then(async (built) => {
    // ANALYZE outside the transaction, so the planner sees the new rows at once.
    await timed(log, 'analyze', () => db.$executeRawUnsafe(`ANALYZE ${TABLES.map((t) => `"${t}"`).join(', ')}`))
    return built
  })
}

/**
 * The word lists are bound parameters, written $1 to $5 in the steps (a constant is read once per
 * statement; a column of a one-row table would be read again for every row). A statement binds
 * only those it uses, renumbered, since PostgreSQL cannot type a parameter it never sees.
 */
function bindLists(sql: string, lists: string[][]): [string, ...string[][]] {
  const used = [...new Set([...sql.matchAll(/\$(\d)::text\[\]/g)].map((match) => Number(match[1])))]
  const renumbered = sql.replace(/\$(\d)::text\[\]/g, (_, k: string) => `$${used.indexOf(Number(k)) + 1}::text[]`)
  return [renumbered, ...used.map((k) => lists[k - 1]!)]
}

async function timed<T>(log: (line: string) => void, what: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await work()
  log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result
}
