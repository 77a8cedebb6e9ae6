// axe reports no violations on any public page type, on the desktop and phone projects alike.
import AxeBuilder from '@axe-core/playwright'
import type { Db } from '../lib/db'
import { expect, test } from './fixtures'

const SEEDED_CLAIM = '/claims/at-least-545-parents-not-located-october-2020'

/** One address of each public page type, from the seeded knowledge base. */
async function publicPages(db: Db): Promise<string[]> {
  const source = await db.source.findFirstOrThrow({ where: { title: { startsWith: 'DOJ watchdog report' } }, select: { id: true } })
  return ['/', SEEDED_CLAIM, `/sources/${source.id}`, '/methodology', '/corrections', '/about', '/suggest', '/sign-in', '/no-such-page']
}

test('Every public page type passes axe, with no violations', async ({ page, db }) => {
  test.setTimeout(120_000)
  for (const path of await publicPages(db)) {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
    const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    expect(found, `axe on ${path}`).toEqual([])
  }
})

test('A keyboard user skips to the content and reaches the claim’s source link', async ({ page }) => {
  await page.goto(SEEDED_CLAIM)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  const sourceLink = page.getByRole('region', { name: 'Where it appeared' }).getByRole('link').first()
  for (let i = 0; i < 40 && !(await sourceLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(sourceLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/sources\/\w+#q-\w+$/)
})
