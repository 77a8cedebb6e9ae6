// Issue 15: any two versions of a source compared word by word, in the workspace and, once an
// editor publishes a new version, on the public site: the source page says our quotes refer to the
// version captured before, and links to what changed. A version waiting for an editor stays
// invisible to the public, comparison included.
import AxeBuilder from '@axe-core/playwright'
import type { Page, TestInfo } from '@playwright/test'
import { formatDay } from '../lib/format'
import { expect, test, visitor } from './fixtures'
import { PASSAGES, buildPublicWorld } from './public-world'
import { publishAs, signInAs, statusIn, storyData } from './verdict-data'

const CHANGED_AUDIT = 'A later audit of the same depot counted 3,600 tonnes of wet grain in 2020.'
const FIRST_CAPTURE = new Date('2026-03-02T09:00:00Z')

/** The page at 1280 and at 390 pixels wide, saved in /tmp to look at, with nothing wider than the screen. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `/tmp/${name}-${testInfo.project.name}-${width}.png`, fullPage: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width)
  }
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

/** The changed sentence, word by word: "found" struck out, "counted" and "wet" added. */
async function expectTheChange(page: Page) {
  const comparison = page.getByRole('region', { name: 'Changes, word by word' })
  await expect(comparison).toContainText('From version 1 to version 2: 2 words added and 1 word removed, in 2 places.')
  await expect(comparison.locator('del')).toHaveText(['Removed words', 'found'])
  await expect(comparison.locator('ins')).toHaveText(['added words', 'counted', 'wet'])
  await expect(comparison).toContainText('A later audit of the same depot foundcounted 3,600 tonnes of wet grain in 2020.')
  await expect(comparison).toContainText(/… \d+ unchanged words …/)
}

test('A new version of a public source is compared word by word, and the public sees the change once an editor publishes it', async ({ page, db, browser }, testInfo) => {
  test.setTimeout(120_000)
  const story = storyData(db, testInfo)
  const reviewer = await story.person('REVIEWER', 'Recapturing Reviewer')
  const editor = await story.person('EDITOR', 'Publishing Editor')
  const world = await buildPublicWorld(db, testInfo, reviewer.id, editor.id)
  await db.sourceSnapshot.updateMany({ where: { sourceId: world.source.id }, data: { capturedAt: FIRST_CAPTURE } })
  const publicPage = await visitor(browser)
  const publicSource = `/sources/${world.source.id}`
  const publicChanges = `${publicSource}/changes/1/2`
  try {
    await publicPage.page.goto(publicSource)
    await expect(publicPage.page.getByRole('heading', { level: 1 })).toHaveText(world.source.title)
    await expect(publicPage.page.getByRole('note')).toHaveCount(0)

    await signInAs(page, reviewer)
    await page.goto(`/review/sources/${world.source.id}/versions/new`)
    const text = (await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: world.source.id }, select: { text: true } })).text
    await page.getByLabel('Paste the text').fill(text.replace(PASSAGES.audit, CHANGED_AUDIT))
    await page.getByRole('button', { name: 'Import new version' }).click()
    await expect(statusIn(page).first()).toContainText('Change proposed.')
    await expect(page.getByText('Source · version 1')).toBeVisible()

    const versions = page.getByRole('region', { name: 'Versions' })
    await expect(versions.getByRole('listitem')).toHaveText([/^Version 1, captured March 2, 2026 .*\(read now\)$/, /^Version 2, captured .* \(waiting for an editor\)/])
    await versions.getByRole('link', { name: 'What changed from version 1' }).click()
    await expect(page).toHaveURL(new RegExp(`/review/sources/${world.source.id}/compare\\?from=1&to=2$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare versions')
    await expectTheChange(page)
    await expectNoAxeViolations(page)
    await screenshots(page, testInfo, 'compare-workspace')

    // The pickers compare any two versions, in either order.
    await page.getByLabel('From', { exact: true }).selectOption('2')
    await page.getByLabel('To', { exact: true }).selectOption('1')
    await page.getByRole('button', { name: 'Compare' }).click()
    await expect(page).toHaveURL(/compare\?from=2&to=1$/)
    await expect(page.getByRole('region', { name: 'Changes, word by word' }).locator('del')).toHaveText(['Removed words', 'counted', 'wet'])

    // Waiting for an editor: the public reads version 1 and sees neither a notice nor a comparison.
    await publicPage.page.reload()
    await expect(publicPage.page.getByRole('main')).toContainText('Version 1')
    await expect(publicPage.page.getByRole('note')).toHaveCount(0)
    expect((await publicPage.page.goto(publicChanges))?.status()).toBe(404)
    await expect(publicPage.page.getByRole('heading', { level: 1 })).toHaveText('Page not found')

    await publishAs(page, editor, 'New version of a public source’s text', world.source.title)

    // The audited passage's words changed, so its quote stays on version 1; the depot's moves to version 2.
    await publicPage.page.goto(publicSource)
    await expect(publicPage.page.getByRole('main')).toContainText('Version 2')
    const notice = publicPage.page.getByRole('note')
    await expect(notice).toHaveText(`This page changed on ${formatDay(new Date())} after we quoted it; 1 of our 2 quotes refers to the version captured on March 2, 2026. See what changed.`)
    await expectNoAxeViolations(publicPage.page)
    await screenshots(publicPage.page, testInfo, 'source-notice')
    await notice.getByRole('link', { name: 'See what changed' }).click()
    await expect(publicPage.page).toHaveURL(new RegExp(`${publicChanges}$`))
    await expect(publicPage.page.getByRole('heading', { level: 1 })).toHaveText(`What changed in “${world.source.title}”`)
    await expectTheChange(publicPage.page)
    await expectNoAxeViolations(publicPage.page)
    await screenshots(publicPage.page, testInfo, 'compare-public')
    expect((await publicPage.page.goto(`${publicSource}/changes/1/3`))?.status()).toBe(404)
  } finally {
    await publicPage.close()
    await world.cleanUp()
    await story.cleanUp()
  }
})
