// Script injection, rendered in Chromium: payloads written into every text a person can type that
// a page shows (a claim, a verdict's summary and Markdown rationale, a source's details and text, a
// quantity, a note, a reader's request, an account's name, a search), then every page that shows
// them opened. A payload that runs, or that leaves an element or a link of its own, got through.
import type { Page } from '@playwright/test'
import { contentHash } from '../../lib/import'
import { apiLogin, DEMO, expect, test } from '../fixtures'
import { buildPublicWorld } from '../public-world'
import { signInAs, storyData } from '../verdict-data'
import { figure, Tally } from './attack'

/** Each sets window.__xss to its own number if it ever runs. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3">',
  '"><img src=x onerror=window.__xss=4>',
  "'><svg/onload=window.__xss=5>",
  '[a link](javascript:window.__xss=6)',
  '<a href="javascript:window.__xss=7">a link</a>',
  '![an image](x" onerror="window.__xss=8)',
  '<iframe srcdoc="<script>parent.__xss=9</script>"></iframe>',
  '</title><script>window.__xss=10</script>',
  '</script><script>window.__xss=11</script>',
  '<details open ontoggle=window.__xss=12>',
  '[a link](<javascript:window.__xss=13>)',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=14>',
  '<img src="http://evil.example/pixel.gif">',
  '\u2028\u2029<script>window.__xss=15</script>',
]
const ALL = PAYLOADS.join(' ')

/** Records every value a payload would set, before any of the page's scripts run. */
async function watchForPayloads(page: Page) {
  await page.addInitScript(() => {
    const fired: unknown[] = []
    Object.defineProperty(window, '__fired', { value: fired })
    Object.defineProperty(window, '__xss', { set: (value: unknown) => void fired.push(value), get: () => undefined })
  })
  const elsewhere: string[] = []
  page.on('request', (request) => {
    if (!/^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(request.url())) elsewhere.push(request.url())
  })
  page.on('dialog', (dialog) => void dialog.dismiss())
  return elsewhere
}

/** What a page shows of the payloads that it should not: runs, elements, links, loads. */
async function breaches(page: Page, elsewhere: string[]) {
  await page.waitForLoadState('load')
  const found = await page.evaluate(() => ({
    fired: (window as unknown as { __fired: unknown[] }).__fired,
    handlers: document.querySelectorAll('main [onerror], main [onload], main [ontoggle], main iframe, main svg[onload], main details[ontoggle]').length,
    scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href')!.trim().toLowerCase().startsWith('javascript:')).length,
    foreignImages: [...document.querySelectorAll('img[src]')].filter((img) => /evil\.example/.test(img.getAttribute('src')!)).length,
  }))
  return [...found.fired.map((n) => `payload ${String(n)} ran`), ...(found.handlers ? [`${found.handlers} injected elements`] : []), ...(found.scriptLinks ? [`${found.scriptLinks} javascript: links`] : []), ...(found.foreignImages ? ['an image from another host'] : []), ...elsewhere.map((url) => `loaded ${url}`)]
}

test('Payloads typed into every field are shown as text on every page, and never run', async ({ page, db }, testInfo) => {
  test.setTimeout(120_000)
  const story = storyData(db, testInfo)
  const people = { author: await story.person('REVIEWER', 'Xss Author'), editor: await story.person('EDITOR', 'Xss Editor') }
  const world = await buildPublicWorld(db, testInfo, people.author.id, people.editor.id)
  try {
    // Every field a person types, and a page shows, gets the payloads.
    await db.user.update({ where: { id: people.author.id }, data: { name: `Xss Author ${PAYLOADS[1]} ${PAYLOADS[0]}` } })
    await db.claim.update({ where: { id: world.claim.id }, data: { text: `The depot held grain ${ALL}` } })
    await db.verdict.updateMany({ where: { claimId: world.claim.id }, data: { summary: `Summary ${ALL}`, rationale: `Rationale **bold** ${PAYLOADS.join('\n\n')}` } })
    await db.source.update({ where: { id: world.source.id }, data: { title: `${world.source.title} ${ALL}`, publisher: `Gazette ${PAYLOADS[3]}`, author: `Reporter ${PAYLOADS[4]}` } })
    // Snapshots cannot change once captured, so the text with payloads is a source of its own.
    const text = `Payload report ${world.stamp}\n\n${PAYLOADS.join('\n\n')}`
    const payloadSource = await db.source.create({
      data: { title: `Payload report ${world.stamp}`, kind: 'OTHER', createdById: people.author.id, snapshots: { create: { version: 1, text, contentHash: contentHash(text), capturedById: people.author.id } } },
      select: { id: true },
    })
    await db.quantity.update({ where: { id: world.quantity.id }, data: { name: `${world.quantity.name} ${PAYLOADS[1]}` } })
    await db.note.create({ data: { claimId: world.claim.id, authorId: people.author.id, body: `A note ${ALL}` } })
    const request = await db.checkRequest.create({ data: { claimText: `Please check ${ALL}`, seenAt: PAYLOADS[6], email: null } })

    const publicPages = [`/claims/${world.claim.slug}`, `/sources/${world.source.id}`, `/quantities/${world.quantity.slug}`, '/', '/quantities', '/corrections', `/search?q=${encodeURIComponent(`grain ${PAYLOADS[1]!}`)}`, `/search?q=${encodeURIComponent(world.stamp)}`, `/sign-in?callbackUrl=${encodeURIComponent(PAYLOADS[3]!)}`]
    const teamPages = [`/review/claims/${world.claim.id}`, `/review/claims/${world.claim.id}/verdict`, `/review/sources/${world.source.id}`, `/review/sources/${payloadSource.id}`, `/review/quantities/${world.quantity.id}`, '/review/requests', '/review/claims', `/review/audit?claim=${world.claim.id}`, '/admin/accounts']
    const tally = new Tally()
    const elsewhere = await watchForPayloads(page)
    const visit = async (path: string) => {
      elsewhere.length = 0
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      const found = await breaches(page, elsewhere)
      tally.countAll(PAYLOADS.length, found.map((breach) => `${path}: ${breach}`))
    }
    for (const path of publicPages) await visit(path)
    // The payloads are there, as text: what a reader sees is what was typed.
    await page.goto(`/claims/${world.claim.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror="window.__xss=2">')
    await signInAs(page, people.editor)
    for (const path of teamPages.slice(0, -1)) await visit(path)
    await page.context().clearCookies()
    await apiLogin(page, DEMO.admin)
    await visit(teamPages.at(-1)!)
    expect(tally.through).toEqual([])
    figure(testInfo, `Script injection (${PAYLOADS.length} payloads, ${publicPages.length + teamPages.length} pages in Chromium)`, tally)
    await db.checkRequest.delete({ where: { id: request.id } })
  } finally {
    await db.source.deleteMany({ where: { title: { startsWith: 'Payload report' }, createdById: people.author.id } })
    await world.cleanUp()
    await story.cleanUp()
  }
})
