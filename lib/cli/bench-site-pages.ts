// Part of `npm run bench` (lib/cli/bench-site.ts): HTTP load on pages, by wrk (lib/cli/wrk.ts), and
// the bare node:http server they are measured against. The pages are measured in turn, round after
// round, so that a busy moment on the shared machine falls on all of them alike rather than on
// whichever ran then; each figure is the median of its rounds, and each ratio is taken within a
// round. Each round starts one page further on (claim, static, bare; then static, bare, claim …):
// a round of three pages takes about a minute, as long as the claim page's revalidation period and
// the job queue's polling, so in a fixed order any work done once a minute fell on the same page
// in every round.
import { spawn } from 'node:child_process'
import { loadavg } from 'node:os'
import { log, median, stopChild } from './bench-helpers'
import { findFreePort } from './ports'
import { wrk } from './wrk'

export const THROUGHPUT_CONNECTIONS = 50
export const LATENCY_CONNECTIONS = 10
const WARM_UP_SECONDS = 3

export type Page = { label: string; url: string }
/** One round's figures for a page: requests a second at THROUGHPUT_CONNECTIONS, latency at LATENCY_CONNECTIONS. */
export type PageRound = { rps: number; p50: number; p99: number; load: number; failures: number }
export type PageStats = Page & { bytes: number; cacheControl: string; rounds: PageRound[]; rps: number; p50: number; p99: number }

const load = () => loadavg()[0]!

/** `connections` connections for `seconds`; a failed request is reported, since a measurement of errors is no measurement. */
async function hammer(url: string, connections: number, seconds: number) {
  const result = await wrk(url, connections, seconds)
  if (result.failures > 0) log(`WARNING: ${url}: ${result.failures} of ${result.requests} requests failed (socket errors or responses other than 2xx/3xx)`)
  return result
}

/** Each page warmed up, then `rounds` rounds of a throughput run and a latency run of each, in turn. */
export async function measurePages(pages: Page[], rounds: number, seconds: number): Promise<PageStats[]> {
  const described = await Promise.all(
    pages.map(async (page) => {
      const sample = await fetch(page.url)
      const bytes = (await sample.arrayBuffer()).byteLength
      if (sample.status !== 200) throw new Error(`GET ${page.url}: ${sample.status}`)
      return { ...page, bytes, cacheControl: sample.headers.get('cache-control') ?? '(none)', rounds: [] as PageRound[] }
    }),
  )
  for (const page of described) await hammer(page.url, THROUGHPUT_CONNECTIONS, WARM_UP_SECONDS)
  for (let round = 1; round <= rounds; round++) {
    const order = described.map((_, i) => described[(i + round - 1) % described.length]!)
    for (const page of order) {
      const throughput = await hammer(page.url, THROUGHPUT_CONNECTIONS, seconds)
      const rpsLoad = load()
      const latency = await hammer(page.url, LATENCY_CONNECTIONS, seconds)
      page.rounds.push({ rps: throughput.requestsPerSecond, p50: latency.p50, p99: latency.p99, load: rpsLoad, failures: throughput.failures + latency.failures })
      log(`round ${round}, ${page.label}: ${throughput.requestsPerSecond.toFixed(0)} req/s; p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms (load ${rpsLoad.toFixed(1)})`)
    }
  }
  return described.map((page) => ({
    ...page,
    rps: median(page.rounds.map((r) => r.rps)),
    p50: median(page.rounds.map((r) => r.p50)),
    p99: median(page.rounds.map((r) => r.p99)),
  }))
}

/** `a`'s requests a second over `b`'s, round by round. */
export const ratiosByRound = (a: PageStats, b: PageStats) => a.rounds.map((round, i) => round.rps / b.rounds[i]!.rps)

// The bare server, in a process of its own as the web server is: the body arrives on standard input.
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

/** A node:http server answering every request with `body`; stopped by the cleanup it registers. */
export async function startBareServer(body: Uint8Array, contentType: string, onCleanup: (cleanup: () => Promise<void>) => void): Promise<string> {
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
