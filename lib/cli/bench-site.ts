// `npm run bench`: how fast the public site answers on a large knowledge base, on a throwaway
// embedded PostgreSQL. Builds a synthetic corpus (1,000,000 claims, 100,000 sources, 100,000
// figures by default), then measures, in one run:
// - a claim page (`/claims/<slug>`, cached by Next after the first request) served by `next start`:
//   requests per second at 50 connections, p50/p99 latency at 10 connections (wrk, lib/cli/wrk.ts);
// - the same for a bare node:http server sending the very same HTML bytes, and the ratio of the two;
// - the same for a page Next prerenders at build time (`/methodology`), the reference point;
// - search(PUBLIC_VIEWER, …) p50/p95 over a fixed mix of queries drawn from the corpus, called
//   directly, and the search page over HTTP.
// wrk, `next start`, the bare server and the search timings each run in a process of their own.
// All share the machine's cores, so every figure is shown with the load average.
// Flags: --claims N --sources N --figures N (corpus size), --duration S (seconds per wrk run,
// default 10), --search-runs N (per query kind, default 50), --http-search-runs N (default 5,
// 0 skips the search page).
import { spawn } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Db } from '../db'
import { findFreePort } from './ports'
import { buildSyntheticCorpus } from './bench-corpus'
import { deriveQueries } from './bench-site-queries'
import type { SearchQuery, SearchTimings } from './bench-site-search'
import { log, median, ms, percentile, startNextServer, stopChild, time, withThrowawayDatabase } from './bench-helpers'
import { PROJECT_DIR } from './database'
import { formatNumber } from '../format'
import { wrk } from './wrk'

const WARM_UP_SECONDS = 3
const THROUGHPUT_CONNECTIONS = 50
const LATENCY_CONNECTIONS = 10
const STATIC_PAGE = '/methodology'
/** The requirement (issue 5): the ratio to the bare server, p99 at 10 connections, search p95. */
const TARGETS = { ratio: 0.05, p99: 50, searchP95: 50 }

type Flags = { claims: number; sources: number; figures: number; duration: number; searchRuns: number; httpSearchRuns: number }
/** A figure and the 1-minute load average when it was measured (the machine is shared). */
type Measured = { value: number; load: number }
type PageStats = { label: string; bytes: number; cacheControl: string; rps: Measured; p50: number; p99: number; latencyLoad: number; failures: number }
type SearchStats = { label: string; q: string; matches: string; durations: number[]; load: number }

const load = () => loadavg()[0]!

function parseFlags(): Flags {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string' }, sources: { type: 'string' }, figures: { type: 'string' }, duration: { type: 'string' },
      'search-runs': { type: 'string' }, 'http-search-runs': { type: 'string' },
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
    duration: number('duration', 10), searchRuns: number('search-runs', 50), httpSearchRuns: number('http-search-runs', 5, 0),
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

/** `connections` connections for `seconds`; throws when any request failed (a measurement of errors is no measurement). */
async function hammer(url: string, connections: number, seconds: number) {
  const result = await wrk(url, connections, seconds)
  if (result.failures > 0) log(`WARNING: ${url}: ${result.failures} of ${result.requests} requests failed (socket errors or responses other than 2xx/3xx)`)
  return result
}

async function measurePage(label: string, url: string, seconds: number): Promise<PageStats> {
  const sample = await fetch(url)
  const bytes = (await sample.arrayBuffer()).byteLength
  const cacheControl = sample.headers.get('cache-control') ?? '(none)'
  await hammer(url, THROUGHPUT_CONNECTIONS, WARM_UP_SECONDS)
  const throughput = await hammer(url, THROUGHPUT_CONNECTIONS, seconds)
  const rps = { value: throughput.requestsPerSecond, load: load() }
  const latency = await hammer(url, LATENCY_CONNECTIONS, seconds)
  log(`${label}: ${rps.value.toFixed(0)} req/s at ${THROUGHPUT_CONNECTIONS} connections; p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms at ${LATENCY_CONNECTIONS} (load ${load().toFixed(1)})`)
  return { label, bytes, cacheControl, rps, p50: latency.p50, p99: latency.p99, latencyLoad: load(), failures: throughput.failures + latency.failures }
}

// The bare server, in a process of its own as `next start` is: the body arrives on standard input.
const BARE_SERVER = `
const http = require('node:http')
const [port, type] = process.argv.slice(1)
const chunks = []
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', () => {
  const body = Buffer.concat(chunks)
  http.createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length })
    response.end(body)
  }).listen(Number(port), '127.0.0.1', () => console.log('listening'))
})`

async function startBareServer(body: Uint8Array, contentType: string, onCleanup: (cleanup: () => Promise<void>) => void): Promise<string> {
  const port = await findFreePort()
  const child = spawn(process.execPath, ['-e', BARE_SERVER, String(port), contentType], { stdio: ['pipe', 'pipe', 'inherit'], detached: true })
  onCleanup(() => stopChild(child))
  const listening = new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)))
  })
  child.stdin.end(body)
  await listening
  return `http://127.0.0.1:${port}`
}

/** search(PUBLIC_VIEWER, …) timed in a child process: the app's client reads DATABASE_URL once, at import. */
async function timeSearch(url: string, queries: SearchQuery[], runs: number, onCleanup: (cleanup: () => Promise<void>) => void): Promise<SearchTimings[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'bench-site-search.ts'), JSON.stringify({ queries, runs })], {
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
  return JSON.parse(output) as SearchTimings[]
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

function printSummary(flags: Flags, corpus: { claims: number; sources: number; figures: number; seconds: number; load: number }, slug: string, headers: Headers, pages: PageStats[], searches: SearchStats[]) {
  const [claim, statik, bare] = pages as [PageStats, PageStats, PageStats]
  const cores = cpus().length
  console.log(`\nnpm run bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cores} cores; wrk (one thread) and each server in a process of its own.`)
  console.log(`Corpus: ${formatNumber(corpus.claims)} claims, ${formatNumber(corpus.sources)} sources, ${formatNumber(corpus.figures)} figures, built in ${corpus.seconds.toFixed(0)} s (load ${corpus.load.toFixed(1)}).`)
  console.log(`Claim page: /claims/${slug} (x-nextjs-cache: ${headers.get('x-nextjs-cache')} after the first request).`)
  const width = Math.max(...pages.map((p) => p.label.length))
  console.log(`\n${'page'.padEnd(width)}    bytes   req/s@${THROUGHPUT_CONNECTIONS}  load   p50@${LATENCY_CONNECTIONS}   p99@${LATENCY_CONNECTIONS}  load  failed`)
  for (const p of pages) {
    console.log(`${p.label.padEnd(width)} ${formatNumber(p.bytes).padStart(8)} ${p.rps.value.toFixed(0).padStart(10)} ${p.rps.load.toFixed(1).padStart(5)} ${ms(p.p50, 1)} ${ms(p.p99, 1)} ${p.latencyLoad.toFixed(1).padStart(5)} ${String(p.failures).padStart(7)}`)
  }
  for (const p of pages.slice(0, 2)) console.log(`${p.label}: Cache-Control: ${p.cacheControl}`)
  const ratio = claim.rps.value / bare.rps.value
  const reference = statik.rps.value / bare.rps.value
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
  console.log(`\nclaim page / bare server: ${ratio.toFixed(3)} (target ≥ ${TARGETS.ratio}: ${verdict(ratio >= TARGETS.ratio)})`)
  console.log(`static page / bare server: ${reference.toFixed(3)} (the reference point); claim page / static page: ${(ratio / reference).toFixed(2)}`)
  console.log(`claim page p99 at ${LATENCY_CONNECTIONS} connections: ${claim.p99.toFixed(1)} ms (target < ${TARGETS.p99} ms: ${verdict(claim.p99 < TARGETS.p99)})`)

  const direct = searches.filter((s) => !s.label.startsWith('GET'))
  const all = direct.flatMap((s) => s.durations)
  const rows = [...direct, { label: 'search(), all kinds', q: '', matches: '', durations: all, load: direct.at(-1)?.load ?? load() }, ...searches.filter((s) => s.label.startsWith('GET'))]
  const labelWidth = Math.max(...rows.map((r) => r.label.length))
  const qWidth = Math.max(5, ...rows.map((r) => r.q.length))
  const matchWidth = Math.max(7, ...rows.map((r) => r.matches.length))
  console.log(`\n${'search'.padEnd(labelWidth)} ${'query'.padEnd(qWidth)} ${'matches'.padEnd(matchWidth)}     n       p50       p95  load`)
  for (const r of rows) {
    console.log(`${r.label.padEnd(labelWidth)} ${r.q.padEnd(qWidth)} ${r.matches.padEnd(matchWidth)} ${String(r.durations.length).padStart(5)} ${ms(median(r.durations), 1)} ${ms(percentile(r.durations, 95), 1)} ${r.load.toFixed(1).padStart(5)}`)
  }
  const p95 = percentile(all, 95)
  console.log(`\nsearch p95 over all kinds: ${p95.toFixed(1)} ms (target < ${TARGETS.searchP95} ms: ${verdict(p95 < TARGETS.searchP95)})`)
  if (flags.claims < 1_000_000) console.log(`(a smaller corpus than the requirement's 1,000,000 claims: --claims ${flags.claims})`)
}

async function main() {
  const flags = parseFlags()
  await withThrowawayDatabase(async ({ url, db, onCleanup }) => {
    log(`building the corpus: ${formatNumber(flags.claims)} claims, ${formatNumber(flags.sources)} sources, ${formatNumber(flags.figures)} figures …`)
    const [built, buildMs] = await time(() => buildSyntheticCorpus(db, { claims: flags.claims, sources: flags.sources, figures: flags.figures }, { log }))
    const corpus = { ...built, seconds: buildMs / 1000, load: load() }
    log(`corpus built in ${corpus.seconds.toFixed(0)} s`)

    const slug = await pickClaim(db)
    const queries = await deriveQueries(db)
    log(`claim /claims/${slug}; queries: ${queries.map((q) => `${q.kind} ${q.q}${q.rating ? ` rating ${q.rating}` : ''}`).join(', ')}`)

    const timings = await timeSearch(url, queries, flags.searchRuns, onCleanup)
    const searchLoad = load()
    const searches: SearchStats[] = timings.map((t) => ({ label: `search(), ${t.kind}${t.rating ? ` (${t.rating})` : ''}`, q: t.q, matches: describeMatches(t), durations: t.durations, load: searchLoad }))
    log(`search(): p50 ${ms(median(timings.flatMap((t) => t.durations)), 1)}, p95 ${ms(percentile(timings.flatMap((t) => t.durations), 95), 1)}`)

    const origin = await startNextServer(url, onCleanup)
    const claimUrl = `${origin}/claims/${slug}`
    // Warm-up: the first request renders the page and caches it; later ones are served from the cache.
    await fetch(claimUrl).then((response) => response.arrayBuffer())
    const response = await fetch(claimUrl)
    const body = new Uint8Array(await response.arrayBuffer())
    if (response.status !== 200) throw new Error(`GET /claims/${slug}: ${response.status}`)
    const bareOrigin = await startBareServer(body, response.headers.get('content-type') ?? 'text/html; charset=utf-8', onCleanup)

    const pages = [
      await measurePage('next start: claim page (ISR, cached)', claimUrl, flags.duration),
      await measurePage(`next start: static page ${STATIC_PAGE}`, `${origin}${STATIC_PAGE}`, flags.duration),
      await measurePage('bare node:http, the claim page bytes', bareOrigin, flags.duration),
    ]
    if (flags.httpSearchRuns > 0) searches.push(...(await timeSearchPage(origin, queries, flags.httpSearchRuns)))
    printSummary(flags, corpus, slug, response.headers, pages, searches)
  })
}

await main()
