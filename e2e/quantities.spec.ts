import { refreshFigureRelations } from '../lib/server/figures/figure-relations'
import { expect, test } from './fixtures'

const PARENTS = 'parents-of-separated-children-not-located'
const PARENTS_NAME = 'Parents of separated children not located'

test('A visitor opens the list of figures and finds the parents not located', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Figures' }).click()
  await expect(page).toHaveURL(/\/quantities$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures compared across sources')

  const list = page.getByRole('list', { name: 'Quantities' })
  await list.getByRole('link', { name: PARENTS_NAME }).click()
  await expect(page).toHaveURL(new RegExp(`/quantities/${PARENTS}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARENTS_NAME)
})

test('A visitor sees 545 parents in October 2020 and 611 children in January 2021 as a change over time, not a disagreement', async ({ page }) => {
  await page.goto(`/quantities/${PARENTS}`)
  const figures = page.getByRole('region', { name: 'Every figure' })
  await expect(figures.getByRole('row').filter({ hasText: 'at least 545 parents' })).toContainText('October 2020')
  await expect(figures.getByRole('row').filter({ hasText: '611 children' })).toContainText('January 2021')

  const changes = page.getByRole('region', { name: 'Changes over time' })
  await expect(changes).toContainText('611 children, a later figure')
  await expect(page.getByRole('region', { name: 'Where sources disagree' })).toHaveCount(0)
  await expect(page.getByText('Sources disagree')).toHaveCount(0)
})

test('Each mark on the chart links to its passage, and following it lands on the highlighted quote', async ({ page }) => {
  await page.goto(`/quantities/${PARENTS}`)
  const chart = page.getByRole('region', { name: 'Over time' })
  const toParents = chart.getByRole('link', { name: /^at least 545 parents, October 2020/ })
  const toChildren = chart.getByRole('link', { name: /^611 children, January 2021/ })
  await expect(toChildren).toHaveAttribute('href', /^\/sources\/[a-z0-9]+#q-[a-z0-9]+$/)
  await expect(toParents).toHaveAttribute('href', /^\/sources\/[a-z0-9]+#q-[a-z0-9]+$/)

  await toParents.click()
  await expect(page).toHaveURL(/\/sources\/[a-z0-9]+#q-[a-z0-9]+$/)
  const quoteId = new URL(page.url()).hash.slice(1)
  const highlight = page.locator(`mark[id="${quoteId}"]`)
  await expect(highlight).toContainText('At least 545 parents')
  await expect(highlight).toBeInViewport()
})

test('An unpublished figure, and its conflict with a published one, stay off the quantity pages', async ({ page, db }, testInfo) => {
  const words = `Unpublished tally of 123 parents (${testInfo.project.name} ${Date.now()})`
  const published = await db.figure.findFirstOrThrow({
    where: { quantity: { slug: PARENTS }, publishedAt: { not: null }, unit: 'parents' },
    select: { quantityId: true, quote: { select: { snapshotId: true } } },
  })
  const made = await db.$transaction(async (tx) => {
    const quote = await tx.quote.create({
      data: { snapshotId: published.quote.snapshotId, exact: words, prefix: '', suffix: '', start: 0, end: words.length },
      select: { id: true },
    })
    const figure = await tx.figure.create({
      data: {
        quantityId: published.quantityId,
        quoteId: quote.id,
        qualifier: 'EXACT',
        value: 123,
        low: 123,
        high: 123,
        unit: 'parents',
        periodStart: new Date('2020-10-01'),
        periodEnd: new Date('2020-10-31'),
        periodLabel: words,
        rankReason: words,
      },
      select: { id: true },
    })
    const relations = await refreshFigureRelations(tx, figure.id)
    return { quoteId: quote.id, figureId: figure.id, conflicts: relations.conflicts }
  })
  try {
    // The figure really does conflict with the published 545, so hiding it is the page's doing.
    expect(made.conflicts).toBeGreaterThan(0)
    await page.goto(`/quantities/${PARENTS}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARENTS_NAME)
    await expect(page.getByText(words)).toHaveCount(0)
    await expect(page.getByText('123 parents')).toHaveCount(0)
    await expect(page.getByText('Sources disagree')).toHaveCount(0)

    await page.goto('/quantities')
    await expect(page.getByRole('listitem').filter({ hasText: PARENTS_NAME })).not.toContainText('Sources disagree')
  } finally {
    // Deleting the figure deletes its relations with it.
    await db.figure.delete({ where: { id: made.figureId } })
    await db.quote.delete({ where: { id: made.quoteId } })
  }
})

test('The claim page of the 545 parents links to the comparison of its figures', async ({ page }) => {
  await page.goto('/claims/at-least-545-parents-not-located-october-2020')
  const figures = page.getByRole('region', { name: 'Figures in this claim' })
  await figures.getByRole('link', { name: PARENTS_NAME }).click()
  await expect(page).toHaveURL(new RegExp(`/quantities/${PARENTS}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARENTS_NAME)
})

test('An unknown or malformed quantity address is "not found"', async ({ page }) => {
  for (const path of ['/quantities/no-such-quantity', '/quantities/Not%20a%20slug']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  }
})
