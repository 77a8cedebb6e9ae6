// `npm run bench:search`: how fast search() answers on a synthetic corpus (lib/cli/bench-corpus.ts),
// for each kind of query, on a throwaway embedded PostgreSQL. Options:
//   --claims N   claims in the corpus (default 1,000,000; sources and figures are a tenth of it)
//   --runs N     timed runs of each query kind (default 50), after 3 warm-up runs
//   --dir PATH   keep the database there and reuse it on the next run (building 1M claims takes minutes)
//   --explain    also write each query kind's plans (EXPLAIN ANALYZE, through auto_explain) to
//                PATH/postgres.log
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'
import { formatNumber } from '../format'

const { values: args } = parseArgs({
  options: { claims: { type: 'string' }, runs: { type: 'string' }, dir: { type: 'string' }, explain: { type: 'boolean' } },
})
const CLAIMS = Number(args.claims ?? 1_000_000)
const RUNS = Number(args.runs ?? 50)
const log = (line: string) => console.log(`[bench] ${line}`)
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!

async function main() {
  const dataDir = args.dir ? path.resolve(args.dir) : mkdtempSync(path.join(tmpdir(), 'claimtrail-bench-search-'))
  const database = await startEmbeddedPostgres(dataDir, log)
  try {
    await migrate(database.url, log)
    // lib/env reads DATABASE_URL once, on first import: search() must see this database.
    process.env.DATABASE_URL = database.url
    const { getDb, getPool } = await import('../db')
    const { buildSyntheticCorpus } = await import('./bench-corpus')
    const { search } = await import('../data/public/search')
    const { PUBLIC_VIEWER } = await import('../data/public/viewer')
    const { searchParamsSchema } = await import('../validations/search')
    const db = getDb()
    if ((await db.user.count({ where: { id: 'bench-user' } })) === 0) {
      log(`building ${formatNumber(CLAIMS)} claims …`)
      const started = Date.now()
      await buildSyntheticCorpus(db, { claims: CLAIMS, sources: CLAIMS / 10, figures: CLAIMS / 10 }, { log })
      log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
    // A rare word: the surname of one claimant, in about 20 claims.
    const rare = (await db.claim.findFirstOrThrow({ where: { id: 'bench-c1' }, select: { claimant: true } })).claimant!.split(' ')[1]!
    const kinds: Array<[string, Record<string, string>]> = [
      ['common word "children"', { q: 'children' }],
      ['number "545"', { q: '545' }],
      [`rare word "${rare}"`, { q: rare }],
      ['two words "separated children"', { q: 'separated children' }],
      ['phrase "\\"zero tolerance\\""', { q: '"zero tolerance"' }],
      ['typos "separted childrn"', { q: 'separted childrn' }],
      // Two common words that often come together: a GIN bitmap of every claim with both.
      ['two words "homeland security"', { q: 'homeland security' }],
      ['typos "homelnd securty"', { q: 'homelnd securty' }],
      ['nothing "xylophonic zeppelins"', { q: 'xylophonic zeppelins' }],
      ['"545", rating FALSE', { q: '545', rating: 'FALSE' }],
      ['"children", rating MIXED', { q: 'children', rating: 'MIXED' }],
    ]
    if (args.explain) {
      await db.$executeRawUnsafe(`ALTER DATABASE claimtrail SET session_preload_libraries = 'auto_explain'`)
      await db.$executeRawUnsafe(`ALTER DATABASE claimtrail SET auto_explain.log_min_duration = 0`)
      await db.$executeRawUnsafe(`ALTER DATABASE claimtrail SET auto_explain.log_analyze = on`)
      await db.$executeRawUnsafe(`ALTER DATABASE claimtrail SET auto_explain.log_buffers = on`)
    }
    const timings = new Map(kinds.map(([name]) => [name, [] as number[]]))
    const found = new Map<string, string>()
    // Round-robin over the kinds, so a burst of load on the machine hits them all alike.
    for (let run = -3; run < RUNS; run++) {
      for (const [name, params] of kinds) {
        const started = performance.now()
        const results = await search(PUBLIC_VIEWER, searchParamsSchema.parse(params))
        const elapsed = performance.now() - started
        if (run >= 0) timings.get(name)!.push(elapsed)
        found.set(name, `${results.isClaimTotalExact ? '' : '>'}${results.claimTotal} claims${results.hasCloseMatches ? ' (close)' : ''}, ${results.sources.length} sources, ${results.quantities.length} quantities`)
      }
      if (args.explain && run === -3) break
    }
    if (args.explain) {
      await db.$executeRawUnsafe(`ALTER DATABASE claimtrail RESET ALL`)
      log(`plans written to ${path.join(dataDir, 'postgres.log')}`)
    } else {
      const [one, five] = loadavg()
      console.log(`\nsearch() on ${formatNumber(CLAIMS)} claims, ${RUNS} runs each; load average ${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min)`)
      console.log('| query | p50 ms | p95 ms | max ms | found |\n|---|---:|---:|---:|---|')
      for (const [name] of kinds) {
        const values = timings.get(name)!
        console.log(`| ${name} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} | ${Math.max(...values).toFixed(1)} | ${found.get(name)} |`)
      }
    }
    await db.$disconnect()
    await getPool().end()
  } finally {
    await database.stop()
    if (!args.dir) rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
