// PRODUCT.md: "Nothing unpublished ever appears on any of these, in any form." A visitor with no
// cookies reads every public page, feed and API answer while a draft claim, verdicts awaiting
// approval or returned, unpublished figures (not included by the verdict, or held back in an open
// conflict) and quantity, an unpublished appearance, the sources only those quote, a correction
// awaiting approval, changes to public items waiting for a second editor and a reader's request
// exist next to a published claim; none of their words, numbers, ids or
// addresses may show, and the published claim must.
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { buildWorld, NUMBER, PUBLIC_WORD, WORDS, type World } from './never-leak-data'
import { readSitemap } from './sitemap'

/** Everything of `forbidden` (and the unpublished number) found in `body`, with its surroundings. */
function leaksIn(where: string, body: string, forbidden: string[], { number = true } = {}): string[] {
  const lower = body.toLowerCase()
  const found = forbidden.flatMap((word) => {
    const at = lower.indexOf(word.toLowerCase())
    return at < 0 ? [] : [`${where}: "${word}" in …${body.slice(Math.max(0, at - 80), at + 80)}…`]
  })
  const digits = number ? NUMBER.exec(body) : null
  return digits ? [...found, `${where}: ${digits[0]} in …${body.slice(Math.max(0, digits.index - 80), digits.index + 80)}…`] : found
}

function forbiddenOf(world: World): string[] {
  return [
    ...Object.values(WORDS),
    ...world.hidden.ids,
    ...world.hidden.claimSlugs.flatMap((slug) => [`/claims/${slug}`, `/api/v1/claims/${slug}`]),
    `/quantities/${world.hidden.quantitySlug}`,
  ]
}

/** Opens a page as a visitor; returns the HTML as served (with its RSC payload) and as rendered. */
async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(status)
  return `${await response!.text()}\n${await page.content()}`
}

async function fetchText(request: APIRequestContext, path: string, status = 200) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(status)
  return response.text()
}

test('Nothing unpublished ever appears on any public page, in any form', async ({ page, request, db }, testInfo) => {
  test.setTimeout(180_000)
  const world = await buildWorld(db, testInfo)
  const forbidden = forbiddenOf(world)
  // Soft, so that one run lists every page that leaks, not only the first.
  const check = (where: string, body: string, words = forbidden, options?: { number?: boolean }) => expect.soft(leaksIn(where, body, words, options), where).toEqual([])
  const { published, quantity, source } = world
  try {
    // The unpublished figure really conflicts with the published one: hiding it is the pages' doing.
    expect(world.conflicts).toBeGreaterThan(0)

    await test.step('pages', async () => {
      const home = await visit(page, '/')
      check('/', home)
      await expect(page.getByRole('list', { name: 'Latest published claims' }).getByRole('link', { name: published.text })).toBeVisible()

      check(`/claims/${published.slug}`, await visit(page, `/claims/${published.slug}`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.text)
      const jsonLd = page.locator('script[type="application/ld+json"]')
      await expect(jsonLd).toHaveCount(1)
      const review = (await jsonLd.textContent())!
      check('the claim page JSON-LD', review)
      expect(JSON.parse(review)).toMatchObject({ '@type': 'ClaimReview', claimReviewed: published.text })

      check(`/sources/${source.id}`, await visit(page, `/sources/${source.id}`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title)
      await expect(page.getByRole('region', { name: 'Passages quoted on Claimtrail' }).getByRole('link', { name: published.text })).toBeVisible()
      // The proposed version 2 waits for an editor: the public reads version 1.
      await expect(page.getByRole('main')).toContainText('Version 1, captured')
      check(`/sources/${source.id}/changes/1/2`, await visit(page, `/sources/${source.id}/changes/1/2`, 404))

      check('/quantities', await visit(page, '/quantities'))
      await expect(page.getByRole('list', { name: 'Quantities' }).getByRole('listitem').filter({ hasText: quantity.name })).not.toContainText('Sources disagree')

      check(`/quantities/${quantity.slug}`, await visit(page, `/quantities/${quantity.slug}`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(quantity.name)
      await expect(page.getByRole('region', { name: 'Every figure' })).toContainText('1,200')
      await expect(page.locator(`#figure-${world.shownFigureId}`)).toContainText('Normal rank')

      for (const path of ['/corrections', '/methodology', '/about']) check(path, await visit(page, path))
    })

    await test.step('search', async () => {
      check(`/search?q=${PUBLIC_WORD}`, await visit(page, `/search?q=${PUBLIC_WORD}`))
      await expect(page.getByRole('list', { name: 'Claims found' }).getByRole('link', { name: published.text })).toBeVisible()
      // Each word finds nothing; the page repeats what was typed, so only that word may be on it.
      for (const word of [...Object.values(WORDS), '987654']) {
        const html = await visit(page, `/search?q=${word}`)
        check(`/search?q=${word}`, html, forbidden.filter((item) => item !== word), { number: word !== '987654' })
        await expect(page.getByRole('heading', { name: `No results for “${word}”` })).toBeVisible()
      }
      const typo = 'zorblaxain'
      check(`/search?q=${typo}`, await visit(page, `/search?q=${typo}`))
      await expect(page.getByRole('heading', { name: `No results for “${typo}”` })).toBeVisible()
    })

    await test.step('feeds and API', async () => {
      const feed = await fetchText(request, '/feed.xml')
      check('/feed.xml', feed)
      expect(feed).toContain(`claim/${published.slug}/verdict/1`)
      const sitemap = await readSitemap(request)
      for (const { path, body } of sitemap.documents) check(path, body)
      for (const path of [`/claims/${published.slug}`, `/sources/${source.id}`, `/quantities/${quantity.slug}`]) expect(sitemap.paths).toContain(path)
      check('/robots.txt', await fetchText(request, '/robots.txt'))

      const listed: string[] = []
      let path: string | null = '/api/v1/claims'
      while (path) {
        const body = await fetchText(request, path)
        check(path, body)
        const answer = JSON.parse(body) as { data: { slug: string }[]; next: string | null }
        listed.push(...answer.data.map((claim) => claim.slug))
        path = answer.next ? `${new URL(answer.next).pathname}${new URL(answer.next).search}` : null
        expect(listed.length).toBeLessThan(1000)
      }
      expect(listed).toContain(published.slug)

      const claim = await fetchText(request, `/api/v1/claims/${published.slug}`)
      check(`/api/v1/claims/${published.slug}`, claim)
      expect(JSON.parse(claim)).toMatchObject({ text: published.text, verdict: { revision: 1 }, corrections: [], figures: [{ id: world.shownFigureId }] })
      const sourceJson = await fetchText(request, `/api/v1/sources/${source.id}`)
      check(`/api/v1/sources/${source.id}`, sourceJson)
      expect(JSON.parse(sourceJson).quotes).toMatchObject([{ claims: [{ slug: published.slug }] }])
      const quantityJson = await fetchText(request, `/api/v1/quantities/${quantity.slug}`)
      check(`/api/v1/quantities/${quantity.slug}`, quantityJson)
      expect(JSON.parse(quantityJson)).toMatchObject({ figures: [{ id: world.shownFigureId }], relations: [] })
    })

    await test.step('unpublished addresses', async () => {
      // A "not found" page may repeat its own address, so only the words are looked for.
      const words = Object.values(WORDS)
      for (const slug of world.hidden.claimSlugs) {
        check(`/claims/${slug}`, await visit(page, `/claims/${slug}`, 404), words)
        await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
        check(`/api/v1/claims/${slug}`, await fetchText(request, `/api/v1/claims/${slug}`, 404), words)
      }
      for (const id of world.hidden.sourceIds) {
        check(`/sources/${id}`, await visit(page, `/sources/${id}`, 404), words)
        check(`/api/v1/sources/${id}`, await fetchText(request, `/api/v1/sources/${id}`, 404), words)
      }
      check(`/quantities/${world.hidden.quantitySlug}`, await visit(page, `/quantities/${world.hidden.quantitySlug}`, 404), words)
      check(`/api/v1/quantities/${world.hidden.quantitySlug}`, await fetchText(request, `/api/v1/quantities/${world.hidden.quantitySlug}`, 404), words)
    })
  } finally {
    await world.cleanUp()
  }
})
