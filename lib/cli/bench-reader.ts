// `npm run bench:reader`: how big the team's reader of a long source is and how long it takes to
// load, from a production build (built first if the code changed) served by `next start` on a
// throwaway embedded PostgreSQL, loaded in headless Chromium (lib/cli/chromium.ts) by a signed-in
// reviewer. The source is a 1.5-million-character article built from the seed sources
// (lib/cli/bench-long-article.ts), imported through createSource as the import form does, so it
// carries every suggestion the importer finds, and --quotes quotes (default 200) spread over it,
// highlighted in the text and listed below it. Prints the HTML's size, the server's answer, the
// load event and the moment React has hydrated the page, median of --runs loads (default 5),
// against the 2-second target of issue 14. Flags: --characters N (default 1,500,000), --quotes N,
// --runs N, --screenshots DIR (saves the reader at 1280 and 390 pixels wide there, to look at).
import { mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type BrowserContext } from '@playwright/test'
import { hashPassword } from '../auth/password'
import { formatNumber } from '../format'
import { pastedOriginal } from '../import'
import { createAccount } from '../server/accounts/create-account'
import { quoteForRange } from '../server/annotations/quote-for-range'
import { createSource } from '../server/sources/create-source'
import { longArticleText } from './bench-long-article'
import { log, median, ms, startWebServer, time, withThrowawayDatabase } from './bench-helpers'
import { chromiumLaunchOptions } from './chromium'

const TARGET_MS = 2000
const EMAIL = 'bench-reader@example.org'
const PASSWORD = 'bench reader password, long enough'

type Load = { htmlBytes: number; transferBytes: number; firstByte: number; loaded: number; hydrated: number }

function parseFlags() {
  const { values } = parseArgs({ options: { characters: { type: 'string' }, quotes: { type: 'string' }, runs: { type: 'string' }, screenshots: { type: 'string' } } })
  const number = (raw: string | undefined, fallback: number, min = 1) => {
    const value = raw === undefined ? fallback : Number(raw.replace(/[_,]/g, ''))
    if (!Number.isInteger(value) || value < min) throw new Error(`expected a whole number of at least ${min}, not "${raw}"`)
    return value
  }
  return { characters: number(values.characters, 1_500_000), quotes: number(values.quotes, 200, 0), runs: number(values.runs, 5), screenshots: values.screenshots }
}

/** Loads the reader once in a fresh page and reads the browser's own timings. */
async function loadReader(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage()
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    if (response?.status() !== 200) throw new Error(`GET ${url}: ${response?.status()}`)
    // React marks each element it has hydrated with its props; the quote finder's field is in the reader's client part.
    const hydrated = await page.waitForFunction(
      () => {
        const field = document.querySelector('#quote-words')
        return field && Object.keys(field).some((key) => key.startsWith('__reactProps')) ? performance.now() : null
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    )
    const timing = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      return { htmlBytes: entry.decodedBodySize, transferBytes: entry.transferSize, firstByte: entry.responseStart, loaded: entry.loadEventEnd }
    })
    return { ...timing, hydrated: (await hydrated.jsonValue()) ?? Number.NaN }
  } finally {
    await page.close()
  }
}

/** The reader as a reviewer sees it on a desktop and on a phone, scrolled to the suggestions' "Show more" too. */
async function saveScreenshots(context: BrowserContext, url: string, dir: string) {
  mkdirSync(dir, { recursive: true })
  for (const width of [1280, 390]) {
    const page = await context.newPage()
    await page.setViewportSize({ width, height: width > 600 ? 900 : 844 })
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    await page.screenshot({ path: path.join(dir, `reader-${width}.png`) })
    await page.getByRole('button', { name: 'Show more figures' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(dir, `reader-${width}-suggestions.png`) })
    await page.close()
  }
  log(`screenshots in ${dir}`)
}

async function main() {
  const flags = parseFlags()
  await withThrowawayDatabase(async ({ url, db, onCleanup }) => {
    const passwordHash = await hashPassword(PASSWORD)
    const reviewer = await db.$transaction((tx) => createAccount(tx, null, { email: EMAIL, name: 'Bench Reader', role: 'REVIEWER', passwordHash }, 'bench'))
    const text = longArticleText(flags.characters)
    const details = { title: 'A long report', kind: 'GOVERNMENT_REPORT' as const, publisher: null, author: null, url: null, publishedOn: null }
    const [created, importTime] = await time(() => db.$transaction((tx) => createSource(tx, details, { text, original: pastedOriginal(text) }, reviewer.id), { timeout: 300_000 }))
    log(`imported ${formatNumber(text.length)} characters with ${formatNumber(created.suggestions)} suggestions in ${ms(importTime)}`)
    const every = Math.floor(text.length / Math.max(flags.quotes, 1))
    await db.$transaction(async (tx) => {
      for (let i = 0; i < flags.quotes; i++) {
        const start = text.indexOf(' ', i * every) + 1
        await quoteForRange(tx, { snapshotId: created.snapshotId, start, end: start + 60 }, reviewer.id)
      }
    }, { timeout: 120_000 })

    const origin = await startWebServer(url, onCleanup)
    const browser = await chromium.launch(chromiumLaunchOptions())
    onCleanup(() => browser.close())
    const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 } })
    const csrf = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string }
    const signIn = await context.request.post('/api/auth/callback/credentials', { form: { email: EMAIL, password: PASSWORD, csrfToken: csrf.csrfToken, callbackUrl: '/review' } })
    if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`)

    const reader = `${origin}/review/sources/${created.sourceId}`
    await loadReader(context, reader) // warm-up: the server's first render of the route
    const loads: Load[] = []
    for (let run = 1; run <= flags.runs; run++) {
      const load = await loadReader(context, reader)
      loads.push(load)
      log(`load ${run}: first byte ${ms(load.firstByte)}, load event ${ms(load.loaded)}, hydrated ${ms(load.hydrated)} (load average ${loadavg()[0]!.toFixed(1)})`)
    }
    if (flags.screenshots) await saveScreenshots(context, reader, flags.screenshots)
    const pick = (field: keyof Load) => median(loads.map((load) => load[field]))
    const hydrated = pick('hydrated')
    console.log(`\nThe reader of a ${formatNumber(text.length)}-character source with ${formatNumber(created.suggestions)} suggestions and ${formatNumber(flags.quotes)} quotes, median of ${flags.runs} loads in Chromium:`)
    console.log(`  HTML                 ${formatNumber(Math.round(pick('htmlBytes') / 1024)).padStart(6)} KB (${formatNumber(Math.round(pick('transferBytes') / 1024))} KB sent)`)
    console.log(`  first byte           ${ms(pick('firstByte'))}`)
    console.log(`  load event           ${ms(pick('loaded'))}`)
    console.log(`  hydrated             ${ms(hydrated)}  (target < ${formatNumber(TARGET_MS)} ms: ${hydrated < TARGET_MS ? 'ok' : 'MISSED'})`)
    console.log(`  load average         ${loadavg()[0]!.toFixed(1)} (the machine is shared)`)
  })
}

await main()
