import { expect, test } from './fixtures'

test('A visitor opens the "at least 545 parents" claim and follows its quote to the highlighted passage', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Checked claims' })).toBeVisible()

  await page.getByRole('link', { name: /545 parents/ }).first().click()
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]*545[a-z0-9-]*$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('545')

  const appearances = page.getByRole('region', { name: 'Where it appeared' })
  await expect(appearances.getByRole('blockquote')).toContainText('At least 545 parents')
  await appearances.getByRole('link', { name: /DOJ watchdog report/ }).click()

  await expect(page).toHaveURL(/\/sources\/[a-z0-9]+#q-[a-z0-9]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('DOJ watchdog report')
  const quoteId = new URL(page.url()).hash.slice(1)
  const highlight = page.locator(`mark[id="${quoteId}"]`)
  await expect(highlight).toContainText('At least 545 parents')
  await expect(highlight).toBeInViewport()
})

test('A claim page shows its verdict, evidence and figures', async ({ page, db }) => {
  const claim = await db.claim.findFirstOrThrow({
    where: { publishedAt: { not: null }, figures: { some: { publishedAt: { not: null } } } },
    select: { slug: true, text: true },
  })
  await page.goto(`/claims/${claim.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.text)
  await expect(page.getByRole('heading', { name: 'Where it appeared' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Figures in this claim' })).toBeVisible()
})

test('A corrected claim shows its dated correction note', async ({ page, db }) => {
  const correction = await db.verdict.findFirstOrThrow({
    where: { status: 'PUBLISHED', correctionNote: { not: null } },
    select: { correctionNote: true, claim: { select: { slug: true } } },
  })
  await page.goto(`/claims/${correction.claim.slug}`)
  const corrections = page.getByRole('region', { name: 'Corrections' })
  await expect(corrections).toContainText(correction.correctionNote!)
  await expect(corrections.locator('time')).toHaveCount(1)
})
