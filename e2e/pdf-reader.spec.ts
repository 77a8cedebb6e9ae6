// Issue 16: a PDF source is read by its pages. The reader marks where each page starts, outside the
// text, so a passage over a page break is quoted word for word; OCR'd text says so.
import AxeBuilder from '@axe-core/playwright'
import type { TestInfo } from '@playwright/test'
import { describeQuote } from '../lib/anchoring'
import type { Db } from '../lib/db'
import { storePdfSource } from '../lib/testing/pdf-sources'
import { apiLogin, DEMO, expect, test, visitor } from './fixtures'
import { selectPassage } from './reader'

const ACROSS_THE_BREAK = 'while the number of cases dropped'

const stamp = (testInfo: TestInfo) => `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`

async function storeAs(db: Db, title: string, fixture?: string) {
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: DEMO.reviewer }, select: { id: true } })
  const stored = await storePdfSource(db, { title, actorId: reviewer.id, fixture })
  const { text } = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: stored.snapshotId }, select: { text: true } })
  return { ...stored, text, reviewerId: reviewer.id }
}

/** Removes a test's source with everything it made in it. */
async function removeSource(db: Db, sourceId: string, claimText?: string) {
  if (claimText) await db.claim.deleteMany({ where: { text: claimText } })
  await db.quote.deleteMany({ where: { snapshot: { sourceId } } })
  await db.source.deleteMany({ where: { id: sourceId } })
}

test('A reviewer reads a PDF by its pages and quotes the words over a page break exactly', async ({ page, db, isMobile }, testInfo) => {
  const title = `E2E PDF report ${stamp(testInfo)}`
  const claimText = `${title}: cases dropped before trial rose by 12 per cent`
  const source = await storeAs(db, title)
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/sources/${source.sourceId}`)
    const text = page.locator('[data-source-text]')
    await expect(text.getByText('Page ii', { exact: true })).toBeVisible()
    await expect(text.getByText('Page 2', { exact: true })).toBeVisible()
    const three = text.locator('[data-page="5"]')
    await expect(three.getByText('Page 3', { exact: true })).toBeVisible()
    await expect(three).toContainText('page 5 of the file')
    // The running head is kept out of the text, and shown on its page.
    await expect(three).toContainText('Prosecutions Review 2024')
    await expect(page.getByRole('note').filter({ hasText: 'OCR' })).toHaveCount(0)

    await selectPassage(page, ACROSS_THE_BREAK, isMobile)
    await expect(page.locator('#annotate-heading ~ p.meta')).toContainText('pp. 2–3')
    await page.getByLabel('Claim', { exact: true }).fill(claimText)
    await page.getByLabel('Claimant').fill('Prosecution service')
    await page.getByLabel('The source').selectOption({ label: 'Supports it' })
    await page.getByRole('button', { name: 'Create claim' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved to the claim' })).toBeVisible()

    const quote = await db.quote.findFirstOrThrow({ where: { appearances: { some: { claim: { text: claimText } } } }, select: { id: true, exact: true, start: true, end: true } })
    const start = source.text.indexOf(ACROSS_THE_BREAK)
    expect(quote).toMatchObject({ exact: ACROSS_THE_BREAK, start, end: start + ACROSS_THE_BREAK.length })
    // Highlighted on both sides of the marker, its link on the first part.
    await expect(page.locator(`#q-${quote.id}`)).toHaveText('while the')
    await expect(text.locator('mark').filter({ hasText: 'number of cases dropped' })).toBeVisible()
    const quoted = page.getByRole('region', { name: /Passages quoted from this version/ })
    await expect(quoted.getByRole('listitem').filter({ hasText: ACROSS_THE_BREAK })).toContainText('pp. 2–3')
  } finally {
    await removeSource(db, source.sourceId, claimText)
  }
})

test('The reader says when OCR read a scan, and tags what it suggests from it', async ({ page, db }, testInfo) => {
  const source = await storeAs(db, `E2E scanned letter ${stamp(testInfo)}`, 'scan.pdf')
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/sources/${source.sourceId}`)
    const notice = page.getByRole('note').filter({ hasText: 'Text recognised by OCR: check the original' })
    await expect(notice).toBeVisible()
    await expect(notice.getByRole('link', { name: 'check the original' })).toHaveAttribute('href', `/review/sources/${source.sourceId}/versions/1/original`)
    await expect(page.locator('[data-page="1"]')).toContainText(/Page 1\s*read by OCR, \d+% confidence/)
    const figures = page.getByRole('group', { name: /^Figures/ })
    await expect(figures.getByRole('listitem').filter({ hasText: '312' }).getByText('read by OCR', { exact: true })).toBeVisible()
  } finally {
    await removeSource(db, source.sourceId)
  }
})

test('A visitor reads a public PDF source by its pages', async ({ db, browser }, testInfo) => {
  const title = `E2E public PDF ${stamp(testInfo)}`
  const source = await storeAs(db, title)
  const claimText = `${title}: the claim`
  const start = source.text.indexOf(ACROSS_THE_BREAK)
  const now = new Date()
  // Public once a published claim quotes it (lib/data/public/visibility.ts).
  await db.claim.create({
    data: {
      slug: `e2e-public-pdf-${stamp(testInfo)}`,
      text: claimText,
      publishedAt: now,
      appearances: { create: { publishedAt: now, quote: { create: { snapshotId: source.snapshotId, ...describeQuote(source.text, start, start + ACROSS_THE_BREAK.length) } } } },
    },
  })
  const { page, close } = await visitor(browser)
  try {
    await page.goto(`/sources/${source.sourceId}`)
    const text = page.locator('[data-source-text]')
    await expect(text.getByText('Page 2', { exact: true })).toBeVisible()
    await expect(text.getByText('Page 3', { exact: true })).toBeVisible()
    await expect(text.locator('mark').filter({ hasText: 'while the' })).toBeVisible()
    await expect(text.locator('mark').filter({ hasText: 'number of cases dropped' })).toBeVisible()
    await expect(page.getByRole('note').filter({ hasText: 'OCR' })).toHaveCount(0)
    // The list of passages quoted cites the quote's pages.
    await expect(page.getByRole('region', { name: 'Passages quoted on Claimtrail' }).getByRole('listitem')).toContainText('pp. 2–3')
    // The markers are new markup on a public page: axe passes it as it passes every other (accessibility.spec.ts).
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  } finally {
    await close()
    await removeSource(db, source.sourceId, claimText)
  }
})
