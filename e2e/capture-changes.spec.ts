// Issue 15, the whole story: a public source captured from an address is watched; the page changes;
// a re-check makes version 2, its quotes re-anchor (the changed one stays on version 1), the change
// waits in Changed sources and for an editor; once published, the public source page gives the
// dated notice and the comparison, and its original downloads sandboxed. The page comes from a web
// server this test starts; the published world from e2e/public-world.ts.
import type { ServerResponse } from 'node:http'
import { formatDay } from '../lib/format'
import { startLocalWebServer } from '../lib/testing/local-web-server'
import { expect, test, visitor } from './fixtures'
import { PASSAGES, buildPublicWorld } from './public-world'
import { publishAs, signInAs, statusIn, storyData } from './verdict-data'

const CHANGED_AUDIT = 'A later audit of the same depot counted 3,600 tonnes of wet grain in 2020.'

test('A watched public source changes at its address: the re-check makes version 2, the team sees it, and the public sees the dated notice once an editor publishes it', async ({ page, db, browser }, testInfo) => {
  test.setTimeout(150_000)
  const story = storyData(db, testInfo)
  const reviewer = await story.person('REVIEWER', 'Watching Reviewer')
  const editor = await story.person('EDITOR', 'Publishing Editor')
  const world = await buildPublicWorld(db, testInfo, reviewer.id, editor.id)
  const v1 = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: world.source.id }, select: { id: true, text: true } })
  let served = v1.text
  const server = await startLocalWebServer({ '/report.txt': (_, response: ServerResponse) => response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(served) })
  const address = `${server.origin}/report.txt`
  // Version 1 is what a capture of the address read (the first story, e2e/capture.spec.ts, makes one through the form).
  await db.source.update({ where: { id: world.source.id }, data: { url: address } })
  await db.capture.create({ data: { purpose: 'IMPORT', status: 'STORED', requestedUrl: address, finalUrl: address, httpStatus: 200, sourceId: world.source.id, snapshotId: v1.id, requestedById: reviewer.id, fetchedAt: new Date('2026-03-02T09:00:00Z') } })
  await db.sourceSnapshot.updateMany({ where: { sourceId: world.source.id }, data: { capturedAt: new Date('2026-03-02T09:00:00Z') } })
  const publicPage = await visitor(browser)
  try {
    await signInAs(page, reviewer)
    await page.goto(`/review/sources/${world.source.id}`)
    const panel = page.getByRole('region', { name: 'Watching for changes' })
    await panel.getByRole('button', { name: 'Watch for changes' }).click()
    await expect(statusIn(page)).toContainText('Watched: its address will be fetched again every 24 hours')

    // Unchanged first; then the site edits the audited sentence.
    await panel.getByRole('button', { name: 'Re-check now' }).click()
    await expect(page.getByRole('heading', { name: 'Unchanged' })).toBeVisible({ timeout: 30_000 })
    served = v1.text.replace(PASSAGES.audit, CHANGED_AUDIT)
    await page.goto(`/review/sources/${world.source.id}`)
    await panel.getByRole('button', { name: 'Re-check now' }).click()
    await expect(page).toHaveURL(/\/review\/captures\/\w+$/)
    await expect(page.getByRole('heading', { name: 'Stored' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('status')).toContainText('Stored as version 2')

    // The team's queue has it, with the comparison; the public does not, yet.
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Changed sources' }).click()
    const item = page.getByRole('listitem').filter({ hasText: world.source.title })
    await expect(item).toContainText('Its text changed: a new version was stored.')
    await item.getByRole('link', { name: 'Compare version 1 with version 2' }).click()
    await expect(page.getByRole('region', { name: 'Changes, word by word' }).locator('ins')).toContainText(['counted', 'wet'])
    await publicPage.page.goto(`/sources/${world.source.id}`)
    await expect(publicPage.page.getByRole('main')).toContainText('Version 1')
    await expect(publicPage.page.getByRole('note')).toHaveCount(0)

    // The re-check was the reviewer's; an editor publishes it.
    await publishAs(page, editor, 'New version of a public source’s text', world.source.title)
    const quotes = await db.quote.findMany({ where: { snapshot: { sourceId: world.source.id } }, select: { exact: true, snapshot: { select: { version: true } } } })
    expect(quotes.find((q) => q.exact === PASSAGES.audit)?.snapshot.version).toBe(1)
    expect(quotes.some((q) => q.exact !== PASSAGES.audit && q.snapshot.version === 2)).toBe(true)

    await publicPage.page.goto(`/sources/${world.source.id}`)
    await expect(publicPage.page.getByRole('main')).toContainText('Version 2')
    const notice = publicPage.page.getByRole('note')
    await expect(notice).toContainText(`This page changed on ${formatDay(new Date())} after we quoted it;`)
    await expect(notice).toContainText('refers to the version captured on March 2, 2026.')
    await notice.getByRole('link', { name: 'See what changed' }).click()
    await expect(publicPage.page.getByRole('region', { name: 'Changes, word by word' }).locator('del')).toContainText(['found'])

    // The original as captured, for the public: version 2's bytes, sandboxed.
    await publicPage.page.goto(`/sources/${world.source.id}`)
    const href = await publicPage.page.getByRole('link', { name: /original as captured/ }).getAttribute('href')
    const original = await publicPage.page.request.get(href!)
    expect(original.status()).toBe(200)
    expect(original.headers()['content-security-policy']).toBe('sandbox')
    expect(original.headers()['x-content-type-options']).toBe('nosniff')
    expect(original.headers()['content-disposition']).toMatch(/^attachment;/)
    expect(await original.text()).toBe(served)
  } finally {
    await publicPage.close()
    await server.close()
    await world.cleanUp()
    await story.cleanUp()
  }
})
