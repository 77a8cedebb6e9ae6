// `npm run bench:capture`: capture by address and watching (docs/decisions/024), on a throwaway
// embedded PostgreSQL with a local web server, each measurement in a worker process of its own
// (lib/cli/bench-capture-worker.ts, working the queue as `npm run worker` does), so its peak memory
// is its own:
//   (a) a reviewer's capture of a 2 MB HTML page, request → job → stored source (--capture-runs);
//   (b) rounds of the watch schedule over 100, 300 and 1,000 watched sources (--rounds), each round
//       one schedule pass and every re-check it queues: 80% of pages byte for byte the same, 10%
//       other bytes with the same text (a timestamp in a comment), 10% a changed text.
// Options: --capture-runs N (default 3), --page-mb N (default 2), --rounds 100,300,1000.
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatNumber } from '../format'
import { sourceTextFrom } from '../import'
import { createAccount } from '../server/accounts/create-account'
import { createSource } from '../server/sources/create-source'
import { startLocalWebServer, type Handler } from '../testing/local-web-server'
import { sendHtml } from '../testing/watched-pages'
import { log, median, ms, stopChild, withThrowawayDatabase } from './bench-helpers'
import { longArticleText, seedParagraphs } from './bench-long-article'
import { PROJECT_DIR } from './database'

const { values: flags } = parseArgs({ options: { 'capture-runs': { type: 'string' }, 'page-mb': { type: 'string' }, rounds: { type: 'string' } } })
const CAPTURE_RUNS = Number(flags['capture-runs'] ?? 3)
const PAGE_BYTES = Number(flags['page-mb'] ?? 2) * 1024 * 1024
const ROUNDS = (flags.rounds ?? '100,300,1000').split(',').map(Number)
const SOURCES = Math.max(...ROUNDS)
const PAGE_SIZE = 4096
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

type Kind = 'same' | 'rebytes' | 'changed'
const kindOf = (i: number): Kind => (i % 10 === 0 ? 'changed' : i % 10 === 5 ? 'rebytes' : 'same')

const NAV = Array.from({ length: 120 }, (_, n) => `<li><a href="/section/${n}">Section ${n}</a></li>`).join('')
/** A page like a news site's: an article of a dozen paragraphs amid navigation, related links and a footer. */
function page(title: string, paragraphs: string[], comment = ''): string {
  return `<!doctype html><html><head><title>${title}</title><meta name="author" content="Bench Writer"></head><body>
<header><nav><ul>${NAV}</ul></nav><div class="cookie-banner">We use cookies. <button>Accept</button></div></header>
<main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h2>Related stories</h2><ul>${NAV}</ul></aside></main><footer><ul>${NAV}</ul><!-- ${comment} --></footer></body></html>`
}

/** A page of at least `bytes` bytes whose article is most of it, unique to `run`. */
function bigPage(bytes: number, run: number): string {
  const text = longArticleText(bytes * 0.8).split('\n\n')
  const html = page(`The long report, run ${run}`, [`Run ${run} of the capture benchmark, ${Date.now()}.`, ...text])
  const padding = Math.max(0, bytes - Buffer.byteLength(html))
  return html.replace('</footer>', `<div hidden>${'<span>related</span>'.repeat(Math.ceil(padding / 20))}</div></footer>`)
}

/** The summed resident memory of `root` and every process under it (the isolated readers), from /proc. */
function treeRss(root: number): number {
  const procs = new Map<number, { ppid: number; rss: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      procs.set(Number(entry), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE })
    } catch {
      // Exited while being read.
    }
  }
  let total = 0
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop()!
    total += procs.get(pid)?.rss ?? 0
    for (const [child, proc] of procs) if (proc.ppid === pid) queue.push(child)
  }
  return total
}

type WorkerResult = Record<string, unknown> & { startRssBytes: number; maxRssBytes: number; heapPeakBytes: number }

async function main() {
  await withThrowawayDatabase(async ({ url, db, onCleanup }) => {
    const routes: Record<string, Handler> = {}
    const server = await startLocalWebServer(routes)
    onCleanup(() => server.close())
    const actor = await db.$transaction((tx) => createAccount(tx, null, { email: 'bench-capture@example.org', name: 'Bench', role: 'REVIEWER', passwordHash: 'unusable' }, 'bench'))

    const running = new Set<ChildProcess>()
    onCleanup(async () => {
      for (const child of running) await stopChild(child)
    })
    /** Runs the worker process once; resolves with its RESULT and the peak memory of its process tree. */
    const runWorker = (args: string[]) =>
      new Promise<{ result: WorkerResult; treePeakBytes: number }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'bench-capture-worker.ts'), ...args], {
          cwd: PROJECT_DIR,
          env: { ...process.env, DATABASE_URL: url, CAPTURE_ALLOW_PRIVATE_ADDRESSES: 'true' },
          stdio: ['ignore', 'pipe', 'inherit'],
          detached: true,
        })
        running.add(child)
        let out = ''
        let treePeakBytes = 0
        const sampler = setInterval(() => (treePeakBytes = Math.max(treePeakBytes, treeRss(child.pid!))), 100)
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
        child.on('exit', (code) => {
          clearInterval(sampler)
          running.delete(child)
          const line = out.split('\n').find((l) => l.startsWith('RESULT '))
          if (code !== 0 || !line) return reject(new Error(`the worker process exited with ${code}: ${out.slice(-2000)}`))
          resolve({ result: JSON.parse(line.slice('RESULT '.length)) as WorkerResult, treePeakBytes })
        })
      })

    // (a) A 2 MB page, captured as a reviewer's request is.
    const captures: Array<{ result: WorkerResult; treePeakBytes: number }> = []
    let pageBytes = 0
    for (let run = 1; run <= CAPTURE_RUNS; run++) {
      const html = bigPage(PAGE_BYTES, run)
      pageBytes = Buffer.byteLength(html)
      routes[`/big-${run}`] = (_, response) => sendHtml(response, html)
      const done = await runWorker(['capture', `${server.origin}/big-${run}`, actor.id])
      if (done.result.status !== 'STORED') throw new Error(`the capture ended ${String(done.result.status)}: ${String(done.result.error)}`)
      captures.push(done)
      log(`capture ${run}: ${ms(done.result.totalMs as number)} (to the answer ${ms(done.result.toFetchedMs as number)}, then ${ms(done.result.afterFetchMs as number)}), worker max RSS ${MB(done.result.maxRssBytes)}, with its readers ${MB(done.treePeakBytes)}`)
    }

    // (b) Watched sources, each captured from a page of the local server.
    const seeds = seedParagraphs()
    const article = (i: number) => Array.from({ length: 12 }, (_, n) => `${seeds[(i + n) % seeds.length]} (Page ${i}.)`)
    const ids: string[] = []
    log(`storing ${formatNumber(SOURCES)} captured sources …`)
    for (let start = 0; start < SOURCES; start += 100) {
      await db.$transaction(
        async (tx) => {
          for (let i = start; i < Math.min(SOURCES, start + 100); i++) {
            const address = `${server.origin}/w/${i}`
            const html = page(`Watched page ${i}`, article(i))
            routes[`/w/${i}`] = (_, response) => sendHtml(response, html)
            const { text } = sourceTextFrom({ fileName: 'page.html', mediaType: 'text/html', content: html, url: address })
            const details = { title: `Watched page ${i}`, kind: 'NEWS_ARTICLE' as const, publisher: 'Bench', author: null, url: address, publishedOn: null }
            const made = await createSource(tx, details, { text, original: { bytes: new TextEncoder().encode(html), mediaType: 'text/html; charset=utf-8' } }, actor.id)
            await tx.capture.create({ data: { purpose: 'IMPORT', status: 'STORED', requestedUrl: address, finalUrl: address, sourceId: made.sourceId, snapshotId: made.snapshotId, requestedById: actor.id } })
            ids.push(made.sourceId)
          }
        },
        { timeout: 120_000 },
      )
    }
    const kinds = new Map(ids.map((id, i) => [id, kindOf(i)]))
    const rounds: Array<{ n: number; result: WorkerResult; treePeakBytes: number }> = []
    for (const [r, n] of ROUNDS.entries()) {
      for (let i = 0; i < n; i++) {
        const kind = kindOf(i)
        if (kind === 'same') continue
        const html = kind === 'rebytes' ? page(`Watched page ${i}`, article(i), `served in round ${r} at ${Date.now()}`) : page(`Watched page ${i}`, [...article(i), `Update in round ${r}: the figures above were revised.`])
        routes[`/w/${i}`] = (_, response) => sendHtml(response, html)
      }
      await db.$executeRaw`UPDATE "Source" SET "isWatched" = false, "nextCheckAt" = NULL WHERE id = ANY(${ids}::text[])`
      await db.$executeRaw`UPDATE "Source" SET "isWatched" = true, "nextCheckAt" = now() - interval '1 minute' WHERE id = ANY(${ids.slice(0, n)}::text[])`
      const since = new Date(Date.now() - 1000)
      const done = await runWorker(['recheck', since.toISOString()])
      rounds.push({ n, ...done })
      log(`round of ${formatNumber(n)}: ${ms(done.result.totalMs as number)}, ${((done.result.totalMs as number) / n).toFixed(1)} ms a source`)
    }

    console.log(`\nCapture by address and watching (${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}):`)
    const c = (key: string) => captures.map((run) => run.result[key] as number)
    console.log(`(a) capture of a ${(pageBytes / 1024 / 1024).toFixed(2)} MB HTML page (${formatNumber(c('textLength')[0]!)} characters of text, ${formatNumber(c('suggestions')[0]!)} suggestions), request → job → stored source, median of ${CAPTURE_RUNS}:`)
    console.log(`    total ${ms(median(c('totalMs')))} · request to answer ${ms(median(c('toFetchedMs')))} (queue polling + fetch) · read + store ${ms(median(c('afterFetchMs')))}`)
    console.log(`    worker process RSS once started ${MB(median(c('startRssBytes')))}, max RSS ${MB(Math.max(...c('maxRssBytes')))}, heap peak ${MB(Math.max(...c('heapPeakBytes')))}; worker with its isolated reader, peak ${MB(Math.max(...captures.map((run) => run.treePeakBytes)))}`)
    console.log('(b) re-checks of watched sources (80% same bytes, 10% same text in other bytes, 10% changed text), one worker process:')
    console.log('    watched   queued   schedule pass   all done   per source   unchanged  stored  failed   after-answer median: same bytes / re-read / changed   RSS started / max   with readers')
    for (const { n, result, treePeakBytes } of rounds) {
      const checks = result.checks as Array<{ sourceId: string; status: string; error: string | null; afterFetchMs: number | null }>
      const count = (status: string) => checks.filter((check) => check.status === status).length
      const after = (kind: Kind) => median(checks.filter((check) => kinds.get(check.sourceId) === kind && check.afterFetchMs !== null).map((check) => check.afterFetchMs!))
      const failed = checks.find((check) => check.status === 'FAILED')
      if (failed) log(`a re-check failed: ${failed.error}`)
      console.log(
        `    ${formatNumber(n).padStart(7)}  ${String(result.queued).padStart(7)}  ${ms(result.scheduleMs as number)}       ${ms(result.totalMs as number)}  ${((result.totalMs as number) / n).toFixed(1).padStart(7)} ms   ${String(count('UNCHANGED')).padStart(9)}  ${String(count('STORED')).padStart(6)}  ${String(count('FAILED')).padStart(6)}   ${ms(after('same'))} / ${ms(after('rebytes'))} / ${ms(after('changed'))}      ${MB(result.startRssBytes).padStart(7)} / ${MB(result.maxRssBytes).padStart(6)}   ${MB(treePeakBytes).padStart(7)}`,
      )
    }
  })
}

await main()
