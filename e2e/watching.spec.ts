// Issue 15: watching a captured source for changes. A reviewer watches a source whose text was read
// from its address, sees what the schedule's re-check found in "Changed sources" with the comparison
// of the versions, marks it seen, and asks for a re-check now, whose progress page opens and whose
// outcome the source's page lists. The address is one the fetcher refuses by name, so nothing
// leaves this machine (docs/decisions/022).
import { expect } from './fixtures'
import { signInAs, statusIn, test } from './verdict-data'
import { pastedOriginal } from '../lib/import'
import { addSourceVersion } from '../lib/server/sources/add-source-version'
import { createSource } from '../lib/server/sources/create-source'

test('A reviewer watches a captured source, reads what a re-check found under Changed sources, and marks it seen', async ({ page, db, story }, testInfo) => {
  const stamp = `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`
  const reviewer = await story.person('REVIEWER', 'Watching Reviewer')
  const title = `Watched report ${stamp}`
  const address = `http://metadata.google.internal/watched-${stamp}`
  const text = (extra: string) => `${title}\n\nProsecutions rose 79 percent in the spring, the report says.${extra}`
  const made = await db.$transaction((tx) => createSource(tx, { title, kind: 'NEWS_ARTICLE', publisher: 'The Desk', author: null, url: address, publishedOn: null }, { text: text(''), original: pastedOriginal(text('')) }, reviewer.id))
  try {
    await db.capture.create({ data: { purpose: 'IMPORT', status: 'STORED', requestedUrl: address, finalUrl: address, sourceId: made.sourceId, snapshotId: made.snapshotId, requestedById: reviewer.id, fetchedAt: new Date() } })
    // What the schedule's re-check found: a second version.
    const v2 = await db.$transaction((tx) => addSourceVersion(tx, made.sourceId, { text: text('\n\nUpdate: the count was revised.'), original: pastedOriginal('v2') }, null))
    if (v2.status !== 'created') throw new Error('version 2 was not stored')
    await db.capture.create({ data: { purpose: 'RECHECK', status: 'STORED', requestedUrl: address, finalUrl: address, httpStatus: 200, sourceId: made.sourceId, snapshotId: v2.snapshotId, fetchedAt: new Date() } })

    await signInAs(page, reviewer)
    await page.goto(`/review/sources/${made.sourceId}`)
    const panel = page.getByRole('region', { name: 'Watching for changes' })
    await expect(panel).toContainText('Not watched.')
    await expect(panel.getByRole('listitem').first()).toContainText('Re-check · Stored: version 2 · asked by the watch schedule')
    await panel.getByRole('button', { name: 'Watch for changes' }).click()
    await expect(statusIn(page)).toContainText('Watched: its address will be fetched again every 24 hours')
    await expect(panel).toContainText('Next check after')
    await expect(panel.getByRole('button', { name: 'Stop watching' })).toBeVisible()

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Changed sources' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changed sources')
    const item = page.getByRole('listitem').filter({ hasText: title })
    await expect(item).toContainText('Its text changed: a new version was stored.')
    await expect(item.getByRole('link', { name: 'Compare version 1 with version 2' })).toHaveAttribute('href', `/review/sources/${made.sourceId}/compare?from=1&to=2`)
    await item.getByRole('button', { name: 'Mark seen' }).click()
    await expect(page.getByRole('listitem').filter({ hasText: title })).toHaveCount(0)

    // Re-check now: the capture's progress page opens; the fetcher refuses the address, and the source's page says why.
    await page.goto(`/review/sources/${made.sourceId}`)
    await panel.getByRole('button', { name: 'Re-check now' }).click()
    await expect(page).toHaveURL(/\/review\/captures\/c[a-z0-9]+$/)
    await expect
      .poll(async () => (await db.capture.findFirst({ where: { sourceId: made.sourceId, requestedById: reviewer.id, purpose: 'RECHECK' }, select: { status: true } }))?.status, { timeout: 20_000 })
      .toBe('FAILED')
    await page.goto(`/review/sources/${made.sourceId}`)
    await expect(panel.getByRole('listitem').first()).toContainText(`Re-check · Failed: `)
    await expect(panel.getByRole('listitem').first()).toContainText(`asked by ${reviewer.name}`)
  } finally {
    await db.source.delete({ where: { id: made.sourceId } })
  }
})
