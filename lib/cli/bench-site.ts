// `npm run bench`: how fast the public site answers, and how well search finds, on a large
// knowledge base, on a throwaway embedded PostgreSQL. Seeds the knowledge base, builds a synthetic
// corpus around it (1,000,000 claims, 100,000 sources, 100,000 figures by default), then measures,
// in one run:
// - a claim page (`/claims/<slug>`, cached by Next after the first request), served as `npm start`
//   serves it (lib/cli/serve.ts): requests per second at 50 connections, p50/p99 latency at 10
//   connections (wrk, lib/cli/bench-site-pages.ts);
// - the same for a page Next prerenders at build time (`/methodology`), the reference point, and for
//   a bare node:http server sending the claim page's very bytes; the pages in turn, round after round;
// - known-item search: the hand-written queries for the published seed claims
//   (lib/search/evaluation/known-items.json) and queries built from sampled synthetic claims,
//   recall at 1 and 10 and the mean reciprocal rank (lib/search/evaluation/relevance.ts);
// - search(PUBLIC_VIEWER, …) p50/p95 over a fixed mix of queries drawn from the corpus, called
//   directly, and the search page over HTTP.
// wrk, the web server, the bare server and the searches each run in a process of their own. All
// share the machine's cores, so every figure is shown with the load average.
// Flags: --claims N --sources N --figures N (corpus size), --duration S (seconds per wrk run,
// default 10), --rounds N (rounds of the pages, default 3), --search-runs N (per query kind,
// default 50), --http-search-runs N (default 5, 0 skips the search page), --samples N (synthetic
// claims to build known-item queries from, default 50).
import { spawn } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Db } from '../db'
import { seed } from '../../prisma/seed/seed'
import { formatNumber } from '../format'
import { KNOWN_ITEM_QUERIES, relevance, relevanceByKind, type Relevance } from '../search/evaluation/relevance'
import { buildSyntheticCorpus } from './bench-corpus'
import { log, median, ms, percentile, startWebServer, stopChild, time, withThrowawayDatabase } from './bench-helpers'
import { LATENCY_CONNECTIONS, measurePages, type PageStats, ratiosByRound, startBareServer, THROUGHPUT_CONNECTIONS } from './bench-site-pages'
import { deriveQueries, sampleKnownItems } from './bench-site-queries'
import type { RankedTimed } from './bench-known-items'
import type { SearchQuery, SearchReport, SearchRun, SearchTimings } from './bench-site-search'
import { PROJECT_DIR } from './database'

const STATIC_PAGE = '/methodology'
/**
 * Issue 17's targets: the claim page at least as fast as the static page, each against the bare
 * server (so claim / static ≥ 1); claim p99 at 10 connections; search() p95 over all kinds;
 * GET /search p95; recall at 10 of the seed's known-item queries.
 */
const TARGETS = { claimOverStatic: 1, p99: 50, searchP95: 50, searchPageP95: 150, seedRecallAt10: 0.95 }

type Flags = { claims: number; sources: number; figures: number; duration: number; rounds: number; searchRuns: number; httpSearchRuns: number; samples: number }
type SearchStats = { label: string; q: string; matches: string; durations: number[]; load: number }

const load = () => loadavg()[0]!

function parseFlags(): Flags {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string' }, sources: { type: 'string' }, figures: { type: 'string' }, duration: { type: 'string' },
      rounds: { type: 'string' }, 'search-runs': { type: 'string' }, 'http-search-runs': { type: 'string' }, samples: { type: 'string' },
    },
  })
  const number = (name: keyof typeof values, fallback: number, min = 1) => {
    const raw = values[name]
    if (raw === undefined) return fallback
    const value = Number(raw.replace(/[_,]/g, ''))
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} takes a whole number of at least ${min}, not "${raw}"`)
    return value
  }
  return {
    claims: number('claims', 1_000_000), sources: number('sources', 100_000), figures: number('figures', 100_000),
    duration: number('duration', 10), rounds: number('rounds', 3), searchRuns: number('search-runs', 50), httpSearchRuns: number('http-search-runs', 5, 0),
    samples: number('samples', 50, 0),
  }
}

/** A published claim with a published verdict, preferably one that appears in a source and states a figure (a full page). */
async function pickClaim(db: Db): Promise<string> {
  // Newest first, through the publishedAt index: the first few rows usually qualify.
  const [full] = await db.$queryRaw<Array<{ slug: string }>>`
    SELECT c.slug FROM "Claim" c
    WHERE c."publishedAt" IS NOT NULL
      AND EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status = 'PUBLISHED')
      AND EXISTS (SELECT 1 FROM "Appearance" a WHERE a."claimId" = c.id)
      AND EXISTS (SELECT 1 FROM "Figure" f WHERE f."claimId" = c.id AND f."publishedAt" IS NOT NULL)
    ORDER BY c."publishedAt" DESC LIMIT 1`
  if (full) return full.slug
  const [any] = await db.$queryRaw<Array<{ slug: string }>>`
    SELECT c.slug FROM "Claim" c
    WHERE c."publishedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status = 'PUBLISHED')
    ORDER BY c."publishedAt" DESC LIMIT 1`
  if (!any) throw new Error('the corpus has no published claim with a published verdict')
  return any.slug
}

/** search(PUBLIC_VIEWER, …) timed and ranked in a child process: the app's client reads DATABASE_URL once, at import. */
async function runSearches(url: string, run: SearchRun, onCleanup: (cleanup: () => Promise<void>) => void): Promise<SearchReport> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'bench-site-search.ts'), JSON.stringify(run)], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
    env: { ...process.env, DATABASE_URL: url },
  })
  onCleanup(() => stopChild(child))
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`the search timings exited with ${code}`)
  return JSON.parse(output) as SearchReport
}

async function timeSearchPage(origin: string, queries: SearchQuery[], runs: number): Promise<SearchStats[]> {
  const stats: SearchStats[] = []
  for (const query of queries) {
    const address = `${origin}/search?${new URLSearchParams({ q: query.q, ...(query.rating ? { rating: query.rating } : {}) })}`
    const get = async () => {
      const response = await fetch(address)
      const bytes = (await response.arrayBuffer()).byteLength
      if (response.status !== 200) throw new Error(`GET ${address}: ${response.status}`)
      return bytes
    }
    const bytes = await get() // warm-up
    const durations: number[] = []
    for (let i = 0; i < runs; i++) durations.push((await time(get))[1])
    stats.push({ label: `GET /search, ${query.kind}`, q: query.q, matches: `${formatNumber(Math.round(bytes / 1024))} KB of HTML`, durations, load: load() })
  }
  return stats
}

const describeMatches = (t: SearchTimings) =>
  `${t.isClaimTotalExact ? '' : '>'}${t.claimTotal} claims${t.others ? ` +${t.others}` : ''}${t.hasCloseMatches ? ', close spellings' : ''}`

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`
const figures = ({ queries, recallAt1, recallAt10, meanReciprocalRank }: Relevance) =>
  `${String(queries).padStart(4)} queries   R@1 ${recallAt1.toFixed(2)}   R@10 ${recallAt10.toFixed(2)}   MRR ${meanReciprocalRank.toFixed(2)}`

type Corpus = { claims: number; sources: number; figures: number; seconds: number; load: number }

function printPages(slug: string, headers: Headers, pages: PageStats[]) {
  const [claim, statik, bare] = pages as [PageStats, PageStats, PageStats]
  console.log(`Claim page: /claims/${slug} (x-nextjs-cache: ${headers.get('x-nextjs-cache')} after the first request).`)
  const width = Math.max(...pages.map((p) => p.label.length))
  console.log(`\n${'page (median of rounds)'.padEnd(width)}    bytes  req/s@${THROUGHPUT_CONNECTIONS}     range    p50@${LATENCY_CONNECTIONS}    p99@${LATENCY_CONNECTIONS}   worst p99  load  failed`)
  for (const p of pages) {
    const worst = Math.max(...p.rounds.map((r) => r.p99))
    const loads = p.rounds.map((r) => r.load)
    const failed = p.rounds.reduce((sum, r) => sum + r.failures, 0)
    console.log(`${p.label.padEnd(width)} ${formatNumber(p.bytes).padStart(8)} ${p.rps.toFixed(0).padStart(10)} ${range(p.rounds.map((r) => r.rps), 0).padStart(11)} ${ms(p.p50, 1)} ${ms(p.p99, 1)} ${ms(worst, 1)}  ${range(loads, 1)} ${String(failed).padStart(5)}`)
  }
  for (const p of pages.slice(0, 2)) console.log(`${p.label}: Cache-Control: ${p.cacheControl}`)
  const claimOverBare = ratiosByRound(claim, bare)
  const staticOverBare = ratiosByRound(statik, bare)
  const claimOverStatic = ratiosByRound(claim, statik)
  console.log(`\nclaim page / bare server: ${median(claimOverBare).toFixed(3)} (rounds ${range(claimOverBare, 3)})`)
  console.log(`static page / bare server: ${median(staticOverBare).toFixed(3)} (rounds ${range(staticOverBare, 3)}), the reference point`)
  const ratio = median(claimOverStatic)
  console.log(`claim page / static page: ${ratio.toFixed(2)} (rounds ${range(claimOverStatic, 2)}; target ≥ ${TARGETS.claimOverStatic}: ${verdict(ratio >= TARGETS.claimOverStatic)})`)
  console.log(`claim page p99 at ${LATENCY_CONNECTIONS} connections: ${claim.p99.toFixed(1)} ms (target < ${TARGETS.p99} ms: ${verdict(claim.p99 < TARGETS.p99)})`)
}

function printRelevance(ranked: RankedTimed[]) {
  const seedQueries = ranked.filter((query) => !query.kind.startsWith('sampled'))
  const seed = relevance(seedQueries)
  console.log(`\nknown-item search, one cold search() each          queries   R@1    R@10   MRR`)
  console.log(`seed claims (hand-written, lib/search/evaluation) ${figures(seed)}`)
  for (const [kind, byKind] of relevanceByKind(seedQueries)) console.log(`  ${kind.padEnd(47)} ${figures(byKind)}`)
  for (const [kind, byKind] of relevanceByKind(ranked.filter((query) => query.kind.startsWith('sampled')))) console.log(`${kind.padEnd(49)} ${figures(byKind)}`)
  const times = ranked.map((query) => query.ms)
  console.log(`those searches: p50 ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`)
  console.log(`seed recall@10: ${seed.recallAt10.toFixed(2)} (target ≥ ${TARGETS.seedRecallAt10}: ${verdict(seed.recallAt10 >= TARGETS.seedRecallAt10)})`)
  const misses = seedQueries.filter((query) => query.rank === null || query.rank > 10)
  if (misses.length > 0) console.log(`not in the first ten: ${misses.map((query) => `"${query.q}" (${query.rank ?? 'absent'})`).join(', ')}`)
}

function printSearches(searches: SearchStats[]) {
  const direct = searches.filter((s) => !s.label.startsWith('GET'))
  const page = searches.filter((s) => s.label.startsWith('GET'))
  const all = direct.flatMap((s) => s.durations)
  const rows = [...direct, { label: 'search(), all kinds', q: '', matches: '', durations: all, load: direct.at(-1)?.load ?? load() }, ...page]
  const labelWidth = Math.max(...rows.map((r) => r.label.length))
  const qWidth = Math.max(5, ...rows.map((r) => r.q.length))
  const matchWidth = Math.max(7, ...rows.map((r) => r.matches.length))
  console.log(`\n${'search'.padEnd(labelWidth)} ${'query'.padEnd(qWidth)} ${'matches'.padEnd(matchWidth)}     n       p50       p95  load`)
  for (const r of rows) {
    console.log(`${r.label.padEnd(labelWidth)} ${r.q.padEnd(qWidth)} ${r.matches.padEnd(matchWidth)} ${String(r.durations.length).padStart(5)} ${ms(median(r.durations), 1)} ${ms(percentile(r.durations, 95), 1)} ${r.load.toFixed(1).padStart(5)}`)
  }
  const p95 = percentile(all, 95)
  console.log(`\nsearch() p95 over all kinds: ${p95.toFixed(1)} ms (target < ${TARGETS.searchP95} ms: ${verdict(p95 < TARGETS.searchP95)})`)
  if (page.length > 0) {
    const pageP95 = percentile(page.flatMap((s) => s.durations), 95)
    console.log(`GET /search p95 over all kinds: ${pageP95.toFixed(1)} ms (target < ${TARGETS.searchPageP95} ms: ${verdict(pageP95 < TARGETS.searchPageP95)})`)
  }
}

function printSummary(flags: Flags, corpus: Corpus, slug: string, headers: Headers, pages: PageStats[], ranked: RankedTimed[], searches: SearchStats[]) {
  console.log(`\nnpm run bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores; wrk (one thread) and each server in a process of its own.`)
  console.log(`Corpus: the seed and ${formatNumber(corpus.claims)} synthetic claims, ${formatNumber(corpus.sources)} sources, ${formatNumber(corpus.figures)} figures, built in ${corpus.seconds.toFixed(0)} s (load ${corpus.load.toFixed(1)}).`)
  printPages(slug, headers, pages)
  printRelevance(ranked)
  printSearches(searches)
  if (flags.claims < 1_000_000) console.log(`(a smaller corpus than the requirement's 1,000,000 claims: --claims ${flags.claims})`)
}

async function main() {
  const flags = parseFlags()
  await withThrowawayDatabase(async ({ url, db, onCleanup }) => {
    await seed(db, { demoAccounts: false, demoPassword: '', log })
    log(`building the corpus: ${formatNumber(flags.claims)} claims, ${formatNumber(flags.sources)} sources, ${formatNumber(flags.figures)} figures …`)
    const [built, buildMs] = await time(() => buildSyntheticCorpus(db, { claims: flags.claims, sources: flags.sources, figures: flags.figures }, { log }))
    const corpus = { ...built, seconds: buildMs / 1000, load: load() }
    log(`corpus built in ${corpus.seconds.toFixed(0)} s`)

    const slug = await pickClaim(db)
    const queries = await deriveQueries(db)
    const knownItems = [...KNOWN_ITEM_QUERIES, ...(await sampleKnownItems(db, flags.samples))]
    log(`claim /claims/${slug}; ${knownItems.length} known-item queries; queries: ${queries.map((q) => `${q.kind} ${q.q}${q.rating ? ` rating ${q.rating}` : ''}`).join(', ')}`)

    const { timings, ranked } = await runSearches(url, { queries, runs: flags.searchRuns, knownItems }, onCleanup)
    const searchLoad = load()
    const searches: SearchStats[] = timings.map((t) => ({ label: `search(), ${t.kind}${t.rating ? ` (${t.rating})` : ''}`, q: t.q, matches: describeMatches(t), durations: t.durations, load: searchLoad }))
    log(`search(): p50 ${ms(median(timings.flatMap((t) => t.durations)), 1)}, p95 ${ms(percentile(timings.flatMap((t) => t.durations), 95), 1)}`)

    const origin = await startWebServer(url, onCleanup)
    const claimUrl = `${origin}/claims/${slug}`
    // Warm-up: the first request renders the page and caches it; later ones are served from the cache.
    await fetch(claimUrl).then((response) => response.arrayBuffer())
    const response = await fetch(claimUrl)
    const body = new Uint8Array(await response.arrayBuffer())
    if (response.status !== 200) throw new Error(`GET /claims/${slug}: ${response.status}`)
    const bareOrigin = await startBareServer(body, response.headers.get('content-type') ?? 'text/html; charset=utf-8', onCleanup)

    const pages = await measurePages(
      [
        { label: 'claim page (ISR, cached)', url: claimUrl },
        { label: `static page ${STATIC_PAGE}`, url: `${origin}${STATIC_PAGE}` },
        { label: 'bare node:http, the claim page bytes', url: bareOrigin },
      ],
      flags.rounds,
      flags.duration,
    )
    if (flags.httpSearchRuns > 0) searches.push(...(await timeSearchPage(origin, queries, flags.httpSearchRuns)))
    printSummary(flags, corpus, slug, response.headers, pages, ranked, searches)
  })
}

await main()
