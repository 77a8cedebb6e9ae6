import type { Db } from '../lib/db'
import { refreshFigureRelations } from '../lib/server/figures/figure-relations'
import { apiLogin, DEMO, expect, removeUnusedQuotes, test } from './fixtures'
import { selectPassage } from './reader'
import { PASSWORD, storyData } from './verdict-data'

const IG = '[News report: DOJ inspector general'
const PARENTS = 'Parents of separated children not located'
const DURATION = 'Time taken to prosecute a parent under zero tolerance'

async function igSource(db: Db) {
  return db.source.findFirstOrThrow({ where: { title: { startsWith: IG } }, select: { id: true } })
}

/** A quantity of the test's own with figures for January 2021, their relations computed as the app does. */
async function throwawayQuantity(db: Db, stamp: string, figures: Array<{ value: number; isPublished?: boolean }>) {
  const quote = await db.quote.findFirstOrThrow({ where: { figures: { some: {} } }, orderBy: { id: 'asc' }, select: { id: true } })
  const quantity = await db.quantity.create({ data: { slug: `e2e-conflicts-${stamp}`, name: `E2E conflicts ${stamp}`, unit: 'children' } })
  const ids: string[] = []
  for (const figure of figures) {
    const row = await db.figure.create({
      data: {
        quantityId: quantity.id,
        quoteId: quote.id,
        qualifier: 'EXACT',
        value: figure.value,
        unit: 'children',
        periodStart: new Date('2021-01-01'),
        periodEnd: new Date('2021-01-31'),
        periodLabel: 'January 2021',
        // Not the quote's words: the figures are the test's own, so they say so.
        derivation: 'E2E: a test figure, not read from its words',
        publishedAt: figure.isPublished ? new Date() : null,
      },
    })
    ids.push(row.id)
  }
  await db.$transaction(async (tx) => {
    for (const id of ids) await refreshFigureRelations(tx, id)
  })
  return { id: quantity.id, figureIds: ids, remove: () => db.$transaction([db.figure.deleteMany({ where: { quantityId: quantity.id } }), db.quantity.delete({ where: { id: quantity.id } })]) }
}

test('A conflicting figure is previewed, queued, resolved by one editor and published by another', async ({ page, db, browser, isMobile }, testInfo) => {
  // Two people, a reader, the queue and a quantity page: longer than one page's story.
  test.setTimeout(90_000)
  const since = new Date()
  const story = storyData(db, testInfo)
  const resolver = await story.person('EDITOR', 'Resolving Editor')
  const publisher = await story.person('EDITOR', 'Publishing Editor')
  // Each project its own passage and value, so runs in parallel never meet.
  const [words, value] = isMobile ? ['they have been unable to find the parents', '800'] : ['unable to find the parents of 611 separated children', '700']
  const source = await igSource(db)
  const publisherContext = await browser.newContext()
  try {
    await apiLogin(page, resolver.email, PASSWORD)
    await page.goto(`/review/sources/${source.id}`)
    await selectPassage(page, words, isMobile)
    await page.getByLabel('Create a figure').check()
    await page.getByLabel('Stated as').selectOption('EXACT')
    await page.getByLabel('Value').fill(value)
    await page.getByLabel('Low bound').fill('')
    await page.getByLabel('High bound').fill('')
    await page.getByLabel('Unit', { exact: true }).fill('children')
    await page.getByLabel('Period as written').fill('January 2021')
    await page.getByLabel('Period from').fill('2021-01-01')
    await page.getByLabel('Period to').fill('2021-01-31')
    await page.getByLabel('Derived from the words (reason)').fill('E2E: a made-up figure that conflicts')
    await page.getByLabel('Quantity measured').selectOption({ label: `${PARENTS} (parents)` })
    const preview = page.getByRole('region', { name: 'Compared with this quantity’s figures' })
    await expect(preview).toContainText('Conflicts with 611 children')
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Figure saved' })).toBeVisible()

    const mine = `${value} children`
    await page.goto('/review/conflicts')
    // Another test's throwaway quantity may conflict with the same values at the same time: this quantity's item only.
    const queued = page.getByRole('listitem').filter({ has: page.getByRole('list', { name: 'Figures in conflict' }) }).filter({ hasText: mine }).filter({ hasText: '611 children' }).filter({ has: page.getByRole('link', { name: PARENTS }) })
    await expect(queued).toHaveCount(1)
    await queued.getByRole('link', { name: PARENTS }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARENTS)
    const quantityPage = page.url()

    const relation = page.locator('li[data-kind]').filter({ hasText: mine }).filter({ hasText: '611 children' })
    await relation.getByLabel(/A real disagreement/).check()
    await relation.getByLabel('Note').fill('The filing and the report count different groups of children at the same time.')
    await relation.getByRole('button', { name: 'Resolve conflict' }).click()
    await expect(relation).toContainText(`Resolved by ${resolver.name}`)
    await expect(relation).toContainText('You resolved this conflict, so another editor publishes it.')
    await expect(relation.getByRole('button', { name: 'Publish resolution' })).toHaveCount(0)

    await page.goto('/review/conflicts')
    await expect(page.getByRole('heading', { name: 'Conflicts', level: 1 })).toBeVisible()
    await expect(queued).toHaveCount(0)

    const second = await publisherContext.newPage()
    await apiLogin(second, publisher.email, PASSWORD)
    await second.goto(quantityPage)
    const theirs = second.locator('li[data-kind]').filter({ hasText: mine }).filter({ hasText: '611 children' })
    await theirs.getByRole('button', { name: 'Publish resolution' }).click()
    await expect(theirs).toContainText(`Published by ${publisher.name}`)

    const figure = await db.figure.findFirstOrThrow({ where: { createdById: resolver.id }, select: { id: true } })
    const stored = await db.figureRelation.findFirstOrThrow({ where: { OR: [{ figureAId: figure.id }, { figureBId: figure.id }], kind: 'CONFLICT', resolvedById: resolver.id } })
    expect(stored).toMatchObject({ resolution: 'CONFIRMED_DISAGREEMENT', resolutionPublishedById: publisher.id })
  } finally {
    await db.figure.deleteMany({ where: { createdById: resolver.id } })
    await removeUnusedQuotes(db, [source.id], since)
    await story.cleanUp()
    await publisherContext.close()
  }
})

test('Three to seven days reads as 72 to 168 hours, and a 72-hour figure previews as consistent', async ({ page, db, isMobile }) => {
  const quantity = await db.quantity.findUniqueOrThrow({ where: { slug: 'zero-tolerance-prosecution-duration' }, select: { id: true } })
  const source = await igSource(db)
  await apiLogin(page, DEMO.reviewer)
  await page.goto(`/review/quantities/${quantity.id}`)
  await expect(page.getByRole('heading', { level: 3, name: '3 to 7 days (72 to 168 hours)' })).toBeVisible()

  await page.goto(`/review/sources/${source.id}`)
  await selectPassage(page, isMobile ? 'placed with the Department of Health' : 'within 72 hours', isMobile)
  await page.getByLabel('Create a figure').check()
  await page.getByLabel('Stated as').selectOption('EXACT')
  await page.getByLabel('Value').fill('72')
  await page.getByLabel('Low bound').fill('')
  await page.getByLabel('High bound').fill('')
  await page.getByLabel('Unit', { exact: true }).fill('hours')
  await page.getByLabel('Period from').fill('')
  await page.getByLabel('Period to').fill('')
  await page.getByLabel('Quantity measured').selectOption({ label: `${DURATION} (hours)` })
  await expect(page.getByRole('region', { name: 'Compared with this quantity’s figures' })).toContainText('Consistent with 3 to 7 days (72 to 168 hours)')
})

test('Editing an unpublished figure updates its relations at once; a published figure is locked', async ({ page, db }, testInfo) => {
  const quantity = await throwawayQuantity(db, `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`, [{ value: 611, isPublished: true }, { value: 611 }])
  const [published, draft] = quantity.figureIds as [string, string]
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/quantities/${quantity.id}`)
    const relations = page.getByRole('region', { name: /How they relate/ })
    await expect(relations.locator('li[data-kind]')).toHaveCount(1)
    await expect(relations.locator('li[data-kind]')).toContainText('Consistent')

    const lockedCard = page.locator(`#figure-${published}`)
    await expect(lockedCard).toContainText('Published, so its value is locked')
    await expect(lockedCard.getByText('Edit the value')).toHaveCount(0)

    const card = page.locator(`#figure-${draft}`)
    await card.getByText('Edit the value').click()
    await card.getByLabel('Value').fill('700')
    await expect(card.getByRole('region', { name: 'Compared with this quantity’s figures' })).toContainText('Conflicts with 611 children')
    await card.getByRole('button', { name: 'Save figure' }).click()
    await expect(page.getByRole('heading', { level: 3, name: '700 children' })).toBeVisible()
    await expect(relations.locator('li[data-kind="CONFLICT"]')).toContainText('700 children')
    expect(await db.figureRelation.findFirstOrThrow({ where: { quantityId: quantity.id } })).toMatchObject({ kind: 'CONFLICT' })
  } finally {
    await quantity.remove()
  }
})

test('Bad input to the resolve, rank and edit forms gets field errors and changes nothing', async ({ page, db }, testInfo) => {
  const quantity = await throwawayQuantity(db, `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}-bad`, [{ value: 611 }, { value: 700 }])
  const [first] = quantity.figureIds as [string, string]
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/quantities/${quantity.id}`)
    const relation = page.locator('li[data-kind="CONFLICT"]')
    await relation.getByLabel('Note').fill('x')
    await relation.getByRole('button', { name: 'Resolve conflict' }).click()
    await expect(relation.getByText('Choose how the conflict is settled')).toBeVisible()
    await expect(relation.getByLabel('Note')).toHaveAccessibleDescription(/at least 3 characters/)

    await relation.getByLabel(/Rank the figures/).check()
    await relation.getByLabel(/^Rank of 611 children/).selectOption('DEPRECATED')
    await relation.getByLabel('Note').fill('The later filing corrects it.')
    await relation.getByRole('button', { name: 'Resolve conflict' }).click()
    await expect(relation.getByText('A deprecated figure needs a reason')).toBeVisible()

    const card = page.locator(`#figure-${first}`)
    await card.getByText('Change the rank').click()
    await card.getByLabel('Rank', { exact: true }).selectOption('DEPRECATED')
    await card.getByRole('button', { name: 'Save rank' }).click()
    await expect(card.getByText('A deprecated figure needs a reason')).toBeVisible()

    await card.getByText('Edit the value').click()
    await card.getByLabel('Value').fill('lots')
    await card.getByLabel('Period to').fill('')
    await card.getByRole('button', { name: 'Save figure' }).click()
    await expect(card.getByText(/Enter a number such as 545/)).toBeVisible()
    await expect(card.getByText('Give both the first and the last day, or neither')).toBeVisible()

    const figures = await db.figure.findMany({ where: { quantityId: quantity.id }, orderBy: { value: 'asc' }, select: { value: true, rank: true, periodEnd: true } })
    expect(figures.map((figure) => [figure.value?.toNumber(), figure.rank, figure.periodEnd?.toISOString().slice(0, 10)])).toEqual([
      [611, 'NORMAL', '2021-01-31'],
      [700, 'NORMAL', '2021-01-31'],
    ])
    expect(await db.figureRelation.findFirstOrThrow({ where: { quantityId: quantity.id } })).toMatchObject({ kind: 'CONFLICT', resolution: null })
  } finally {
    await quantity.remove()
  }
})
