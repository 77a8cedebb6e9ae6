import { createHash } from 'node:crypto'
import { apiLogin, DEMO, expect, test } from './fixtures'

const FIGURES = 60
const SENTENCES = 30

test('A source with more suggestions than a page shows the first 25 of each kind, and Show more loads the next', async ({ page, db }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`
  const quantityName = `E2E paged cases ${stamp}`
  const cases = (index: number) => `${(12_000 + index).toLocaleString('en-US')} cases`
  const paragraphs = Array.from({ length: FIGURES }, (_, i) => `In district ${i + 1}, ${cases(i)} were filed in ${stamp}.`)
  const text = paragraphs.join('\n\n')
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: DEMO.reviewer }, select: { id: true } })
  const source = await db.source.create({
    data: {
      title: `Many suggestions ${stamp}`,
      kind: 'GOVERNMENT_REPORT',
      createdById: reviewer.id,
      snapshots: { create: { version: 1, text, contentHash: createHash('sha256').update(text).digest('hex'), capturedById: reviewer.id } },
    },
    select: { id: true, snapshots: { select: { id: true } } },
  })
  const snapshotId = source.snapshots[0]!.id
  const suggestion = (index: number, kind: 'FIGURE' | 'CHECK_WORTHY') => {
    const start = text.indexOf(paragraphs[index]!)
    const exact = kind === 'FIGURE' ? cases(index) : paragraphs[index]!
    const at = text.indexOf(exact, start)
    return { snapshotId, kind, start: at, end: at + exact.length, exact, figure: kind === 'FIGURE' ? { qualifier: 'EXACT', value: 12_000 + index, low: null, high: null, unit: 'cases', direction: null, text: exact } : undefined }
  }
  await db.suggestion.createMany({
    data: [...Array.from({ length: FIGURES }, (_, i) => suggestion(i, 'FIGURE')), ...Array.from({ length: SENTENCES }, (_, i) => suggestion(i, 'CHECK_WORTHY'))],
  })
  try {
    await apiLogin(page, DEMO.reviewer)
    await page.goto(`/review/sources/${source.id}`)
    const suggestions = page.getByRole('region', { name: /Suggestions/ })
    await expect(suggestions.getByRole('heading', { level: 2 })).toHaveText('Suggestions (90)')
    const figures = suggestions.getByRole('group', { name: /Figures/ })
    const sentences = suggestions.getByRole('group', { name: /Worth checking/ })
    await expect(figures.getByRole('heading')).toHaveText('Figures (60)')
    await expect(sentences.getByRole('heading')).toHaveText('Worth checking (30)')
    await expect(figures.getByRole('listitem')).toHaveCount(25)
    await expect(sentences.getByRole('listitem')).toHaveCount(25)
    await expect(figures.getByText('Showing 25 of 60')).toBeVisible()

    // In text order, page after page, until there are no more.
    await figures.getByRole('button', { name: 'Show more figures' }).click()
    await expect(figures.getByRole('listitem')).toHaveCount(50)
    await expect(figures.getByRole('listitem').nth(25)).toContainText('“12,025 cases”')
    await figures.getByRole('button', { name: 'Show more figures' }).click()
    await expect(figures.getByRole('listitem')).toHaveCount(60)
    await expect(figures.getByRole('button', { name: 'Show more figures' })).toHaveCount(0)
    await expect(figures.getByRole('listitem').last()).toContainText('“12,059 cases”')

    await sentences.getByRole('button', { name: 'Show more worth checking' }).click()
    await expect(sentences.getByRole('listitem')).toHaveCount(30)

    // A suggestion from a later page is dismissed like any other, and leaves the list.
    await figures.getByRole('button', { name: 'Dismiss suggestion “12,055 cases”' }).click()
    await expect(figures.getByRole('button', { name: 'Accept suggestion “12,055 cases”' })).toHaveCount(0)
    await expect(figures.getByRole('heading')).toHaveText('Figures (59)')
    await expect(figures.getByRole('listitem')).toHaveCount(59)

    // Accepting one from a later page opens the figure form with its reading; saved, it leaves the list.
    await figures.getByRole('button', { name: 'Accept suggestion “12,040 cases”' }).click()
    await expect(page.locator('#annotate-heading ~ blockquote')).toHaveText('12,040 cases')
    await expect(page.getByLabel('Create a figure')).toBeChecked()
    await expect(page.getByLabel('Value')).toHaveValue('12040')
    await page.getByLabel('Quantity measured').selectOption({ label: 'New quantity…' })
    await page.getByLabel('New quantity’s name').fill(quantityName)
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Figure saved' })).toBeVisible()
    await expect(figures.getByRole('button', { name: 'Accept suggestion “12,040 cases”' })).toHaveCount(0)
    await expect(figures.getByRole('heading')).toHaveText('Figures (58)')
  } finally {
    await db.figure.deleteMany({ where: { quantity: { name: quantityName } } })
    await db.quantity.deleteMany({ where: { name: quantityName } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: source.id } } })
    await db.source.delete({ where: { id: source.id } })
  }
})
