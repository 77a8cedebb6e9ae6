// `npm run bench:relevance`: known-item search (issue 17). The seed corpus, alone or inside a
// synthetic corpus (`--claims N`, lib/cli/bench-corpus.ts), searched with the hand-written queries
// of lib/search/evaluation/known-items.json as a visitor would; prints recall at 1 and 10, the mean
// reciprocal rank, by kind of query, and each query whose claim was not in the first ten.
// `--dir PATH` keeps the database between runs (a million claims take minutes to build).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatNumber } from '../format'
import { KNOWN_ITEM_QUERIES, relevance, relevanceByKind, type Relevance } from '../search/evaluation/relevance'
import { startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'

const { values: args } = parseArgs({ options: { claims: { type: 'string' }, dir: { type: 'string' } } })
const CLAIMS = Number(args.claims ?? 0)
const log = (line: string) => console.log(`[bench] ${line}`)
const figures = ({ queries, recallAt1, recallAt10, meanReciprocalRank }: Relevance) =>
  `${queries} queries: recall@1 ${recallAt1.toFixed(2)}, recall@10 ${recallAt10.toFixed(2)}, MRR ${meanReciprocalRank.toFixed(2)}`

async function main() {
  const dataDir = args.dir ? path.resolve(args.dir) : mkdtempSync(path.join(tmpdir(), 'claimtrail-bench-relevance-'))
  const database = await startEmbeddedPostgres(dataDir, log)
  try {
    await migrate(database.url, log)
    // lib/env reads DATABASE_URL once, on first import: search() must see this database.
    process.env.DATABASE_URL = database.url
    const { getDb } = await import('../db')
    const { seed } = await import('../../prisma/seed/seed')
    const { buildSyntheticCorpus } = await import('./bench-corpus')
    const { rankKnownItems } = await import('./bench-known-items')
    const db = getDb()
    await seed(db, { demoAccounts: false, demoPassword: '', log: () => {} })
    if (CLAIMS > 0 && (await db.user.count({ where: { id: 'bench-user' } })) === 0) {
      log(`building ${formatNumber(CLAIMS)} synthetic claims around the seed …`)
      await buildSyntheticCorpus(db, { claims: CLAIMS, sources: CLAIMS / 10, figures: CLAIMS / 10 }, { log })
    }
    log(`${formatNumber(await db.claim.count({ where: { publishedAt: { not: null } } }))} published claims`)
    const ranked = await rankKnownItems(KNOWN_ITEM_QUERIES)
    const times = ranked.map((query) => query.ms)
    const sorted = [...times].sort((a, b) => a - b)
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(1)
    log(`all: ${figures(relevance(ranked))}; search() p50 ${at(50)} ms, p95 ${at(95)} ms, max ${at(100)} ms (one run each, cold)`)
    for (const [kind, byKind] of relevanceByKind(ranked)) log(`${kind}: ${figures(byKind)}`)
    for (const query of ranked) if (query.ms > 50) log(`slower than 50 ms (${query.ms.toFixed(0)} ms): "${query.q}"`)
    for (const miss of ranked.filter((query) => query.rank === null || query.rank > 10)) log(`not in the first ten (${miss.rank ?? 'absent'}): "${miss.q}" for ${miss.slug}`)
  } finally {
    await database.stop()
    if (!args.dir) rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
