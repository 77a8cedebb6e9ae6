// Issue 15: a reviewer captures a web address; the page's progress and outcome show without
// reloading; what cannot be captured says why. The pages come from a web server this test starts.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { startLocalWebServer, type LocalWebServer } from '../lib/testing/local-web-server'
import { apiLogin, DEMO, expect, test } from './fixtures'
import { selectPassage } from './reader'

const page = (stamp: string, sentence: string) => `<!doctype html><html lang="en"><head>
<title>Council housing waits grow – The Borough Ledger</title>
<meta property="og:site_name" content="The Borough Ledger"><meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-03-12T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council housing waits grow</h1>
<p>Reporting run ${stamp}.</p>
<p>${sentence}</p>
<p>Officials said at least 300 of them waited more than six weeks, and that the cost rose to £41.6m in 2023-24.</p>
<p>A spokesperson said the figures reflected a shortage of social homes across the borough and the region.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>`

const html = (body: string) => (_: IncomingMessage, response: ServerResponse) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)

let server: LocalWebServer
let stamp: string
test.beforeAll(async ({}, testInfo) => {
  stamp = `${testInfo.project.name}-${Date.now()}`
  const article = page(stamp, 'The council placed 1,240 families in temporary housing last year, up from 980 the year before.')
  server = await startLocalWebServer({
    '/old-address': (_, response) => response.writeHead(301, { location: '/slow-article' }).end(),
    // Slow enough to be seen under way, well within the capture's time limit.
    '/slow-article': (request, response) => void setTimeout(() => html(article)(request, response), 2500),
    '/photo.png': (_, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64)),
    '/huge': (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      const chunk = `<p>${'x'.repeat(1023)}</p>`.repeat(1024)
      for (let i = 0; i < 27; i++) response.write(chunk)
      response.end()
    },
  })
})
test.afterAll(async () => server?.close())

test('A reviewer captures a web address, follows it without reloading, and quotes the page it became', async ({ page: browser, db, isMobile }) => {
  await apiLogin(browser, DEMO.reviewer)
  await browser.goto('/review/sources/new')
  await browser.getByLabel('Page address').fill(`${server.origin}/old-address`)
  await browser.getByRole('button', { name: 'Capture page' }).click()
  await expect(browser).toHaveURL(/\/review\/captures\/\w+$/)
  const progress = browser.getByRole('region', { name: /Capturing|Stored/ })
  // Under way, then done, on the same page.
  await expect(browser.getByRole('heading', { name: 'Capturing…' })).toBeVisible()
  await expect(browser.getByRole('heading', { name: 'Stored' })).toBeVisible({ timeout: 30_000 })
  await expect(progress).toContainText(`Address after redirects${server.origin}/slow-article`)
  await expect(progress).toContainText('HTTP 200, text/html')
  await expect(progress).toContainText('Asked byRiley Reviewer')
  await browser.getByRole('link', { name: 'Council housing waits grow' }).click()
  await expect(browser).toHaveURL(/\/review\/sources\/\w+$/)
  const sourceId = new URL(browser.url()).pathname.split('/').at(-1)!
  try {
    // What the page states about itself became the source's details; the navigation did not.
    await expect(browser.getByRole('heading', { level: 1 })).toHaveText('Council housing waits grow')
    await expect(browser.locator('header .meta').first()).toContainText('The Borough Ledger · Ana Ruiz')
    await expect(browser.locator('[data-source-text]')).not.toContainText('Subscribe to our newsletter')
    const source = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { url: true, publishedOn: true, snapshots: { select: { text: true, original: { select: { mediaType: true, size: true } } } } } })
    // The headline opens the text, without the site's name after it.
    expect(source.snapshots[0]!.text).toMatch(/^Council housing waits grow\n\nReporting run /)
    expect(source.url).toBe(`${server.origin}/slow-article`)
    expect(source.publishedOn?.toISOString().slice(0, 10)).toBe('2025-03-12')
    expect(source.snapshots[0]!.original).toMatchObject({ mediaType: 'text/html; charset=utf-8' })

    // The original downloads as it was captured, sandboxed.
    const original = await browser.request.get(`/review/sources/${sourceId}/versions/1/original`)
    expect(original.headers()['content-security-policy']).toBe('sandbox')
    expect(original.headers()['content-disposition']).toMatch(/^attachment;/)
    expect(await original.text()).toContain(`Reporting run ${stamp}.`)

    // A quote from it, as from any source.
    await selectPassage(browser, 'The council placed 1,240 families in temporary housing last year', isMobile)
    await browser.getByLabel('Claim', { exact: true }).fill(`${stamp} The council placed 1,240 families in temporary housing in 2024`)
    await browser.getByRole('button', { name: 'Create claim' }).click()
    await expect(browser.getByRole('status').filter({ hasText: 'Saved to the claim' })).toBeVisible()
  } finally {
    const claims = await db.claim.findMany({ where: { text: { startsWith: stamp } }, select: { id: true } })
    await db.appearance.deleteMany({ where: { claimId: { in: claims.map((c) => c.id) } } })
    await db.claim.deleteMany({ where: { id: { in: claims.map((c) => c.id) } } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId } } })
    await db.source.deleteMany({ where: { id: sourceId } })
  }
})

test('A capture that cannot be made says why: the wrong type, too large, a private address named by the reviewer', async ({ page: browser }) => {
  await apiLogin(browser, DEMO.reviewer)
  for (const [path, reason] of [
    ['/photo.png', /image\/png/],
    ['/huge', /25 MB/],
  ] as const) {
    await browser.goto('/review/sources/new')
    await browser.getByLabel('Page address').fill(`${server.origin}${path}`)
    await browser.getByRole('button', { name: 'Capture page' }).click()
    await expect(browser.getByRole('heading', { name: 'Failed' })).toBeVisible({ timeout: 30_000 })
    await expect(browser.getByRole('status')).toContainText(reason)
  }
  // Refused before it is queued: no scheme but http(s), and cloud metadata never.
  await browser.goto('/review/sources/new')
  for (const [address, reason] of [
    ['file:///etc/passwd', /http/],
    ['http://169.254.169.254/latest/meta-data/', /never fetches/],
  ] as const) {
    await browser.getByLabel('Page address').fill(address)
    await browser.getByRole('button', { name: 'Capture page' }).click()
    await expect(browser.locator('#capture-address-error')).toContainText(reason)
    await expect(browser).toHaveURL(/\/review\/sources\/new$/)
  }
})
