import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator } from '@playwright/test'
import { apiLogin, DEMO, expect, test } from './fixtures'

// An article the reader's rules and labels were not written from (e2e/fixtures/articles/).
const ARTICLE = readFileSync(path.join(import.meta.dirname, 'fixtures', 'articles', 'temporary-housing.txt'), 'utf8')
/** The sentences of the article a fact-checker would pick: each states a figure someone can check. */
const CHECKABLE = [
  'She is one of more than 2,300 households',
  'The council spent £41.6m',
  'About one in five of those households',
  'Councillor James Reid, who chairs the housing committee',
  'Government data show that councils in England',
  'The housing charity Shelter said',
]
const NOT_OFFERED = ['Many residents say', 'Subscribe to our newsletter', 'We are doing everything we can', 'The council will vote']

const itemWith = (list: Locator, words: string) => list.getByRole('listitem').filter({ hasText: `“${words}”` })

test('A reviewer imports an article, sees how each figure was read, accepts one with its period pre-filled, and the sentences worth checking lead with the checkable ones', async ({ page, db }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`
  await apiLogin(page, DEMO.reviewer)
  await page.goto('/review/sources/new')
  await page.getByLabel('Paste the text').fill(`Filed ${stamp}.\n${ARTICLE}`)
  await page.getByLabel('Title').fill(`Temporary housing costs soar ${stamp}`)
  await page.getByLabel('Published on').fill('2025-03-12')
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page).toHaveURL(/\?imported=1$/)
  const sourceId = new URL(page.url()).pathname.split('/').at(-1)!
  try {
    const figures = page.getByRole('group', { name: /^Figures/ })
    // Each figure's reading is there before Accept: stated as, bounds, unit and period.
    const households = itemWith(figures, 'more than 2,300 households').getByRole('definition')
    await expect(households).toHaveText(['More than', 'more than 2,300', 'households', 'January 31, 2025 (“at the end of January”)'])
    await expect(itemWith(figures, 'About one in five').getByRole('definition')).toHaveText(['About', '0.19 to 0.21', 'fraction', 'not stated'])
    await expect(itemWith(figures, '412 social homes').getByRole('definition').last()).toHaveText('2024 (“last year”)')
    const spending = itemWith(figures, '£41.6m')
    await expect(spending.getByRole('definition')).toHaveText(['Exactly', '41,600,000', 'GBP', 'April 2023 to March 2024 (“2023-24”)'])

    // Accepting it pre-fills the form with that reading, the financial year included.
    await spending.getByRole('button', { name: 'Accept suggestion “£41.6m”' }).click()
    await expect(page.getByLabel('Create a figure')).toBeChecked()
    await expect(page.getByLabel('Stated as')).toHaveValue('EXACT')
    await expect(page.getByLabel('Value')).toHaveValue('41600000')
    await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('GBP')
    await expect(page.getByLabel('Period from')).toHaveValue('2023-04-01')
    await expect(page.getByLabel('Period to')).toHaveValue('2024-03-31')
    await expect(page.getByLabel('Period as written')).toHaveValue('2023-24')
    await page.getByLabel('Quantity measured').selectOption({ label: 'New quantity…' })
    await page.getByLabel('New quantity’s name').fill(`Dunmore temporary accommodation spending ${stamp}`)
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Figure saved' })).toBeVisible()
    const saved = await db.figure.findFirstOrThrow({ where: { quote: { snapshot: { sourceId } } }, select: { periodStart: true, periodEnd: true, periodLabel: true, unit: true } })
    expect(saved).toMatchObject({ periodStart: new Date('2023-04-01T00:00:00Z'), periodEnd: new Date('2024-03-31T00:00:00Z'), periodLabel: '2023-24', unit: 'GBP' })

    // The sentences worth checking lead with the checkable ones; scene-setting and boilerplate are not offered.
    const worthChecking = page.getByRole('group', { name: /^Worth checking/ })
    const offered = await worthChecking.getByRole('listitem').allInnerTexts()
    const firstFive = offered.slice(0, 5)
    expect(firstFive).toHaveLength(5)
    for (const sentence of firstFive) expect(CHECKABLE.some((start) => sentence.includes(start)), sentence).toBe(true)
    for (const words of NOT_OFFERED) expect(offered.some((sentence) => sentence.includes(words)), words).toBe(false)
  } finally {
    await db.figure.deleteMany({ where: { quote: { snapshot: { sourceId } } } })
    await db.quantity.deleteMany({ where: { name: `Dunmore temporary accommodation spending ${stamp}` } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId } } })
    await db.source.deleteMany({ where: { id: sourceId } })
  }
})
