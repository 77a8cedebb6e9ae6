// Issue 11: a figure must say what its quoted words say. A made-up figure is refused with the
// words' reading, and goes through only with the reason it is derived from them.
import { apiLogin, DEMO, expect, removeUnusedQuotes, test } from './fixtures'
import { selectPassage } from './reader'

const HSTODAY = 'OIG Rips'
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))

test('A reviewer who enters a figure that disagrees with its words is shown the reading and must give a reason', async ({ page, db, isMobile }, testInfo) => {
  const since = new Date()
  const quantityName = `E2E figure words ${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`
  // Each project its own passage, so runs in parallel never share a quote.
  const story = isMobile
    ? { words: 'The OIG made three recommendations', value: '4', unit: 'recommendations', reading: '3 recommendations (“three recommendations”)', shown: '4 recommendations' }
    : { words: 'more than 3,000 children were separated from their families', value: '2000', unit: 'children', reading: 'more than 3,000 children', shown: '2,000 children' }
  const reason = `E2E: two thirds of the figure in the words (${testInfo.project.name})`
  const source = await db.source.findFirstOrThrow({ where: { title: { startsWith: HSTODAY } }, select: { id: true } })
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/sources/${source.id}`)
    await selectPassage(page, story.words, isMobile)
    await page.getByLabel('Create a figure').check()
    await page.getByLabel('Stated as').selectOption('EXACT')
    await page.getByLabel('Value').fill(story.value)
    await page.getByLabel('Low bound').fill('')
    await page.getByLabel('High bound').fill('')
    await page.getByLabel('Unit', { exact: true }).fill(story.unit)
    await page.getByLabel('Quantity measured').selectOption({ label: 'New quantity…' })
    await page.getByLabel('New quantity’s name').fill(quantityName)
    await page.getByRole('button', { name: 'Save figure' }).click()

    // Refused, with what the words say, and nothing typed is lost.
    await expect(page.getByRole('main').getByRole('alert')).toContainText('does not say what its quoted words say, so nothing was saved')
    await expect(page.getByLabel('Value')).toHaveAccessibleDescription(literally(`The quoted words read as: ${story.reading}`))
    const derivation = page.getByLabel('Derived from the words (reason)')
    await expect(derivation).toHaveAccessibleDescription(/say here how it is derived from the words/)
    await expect(page.getByLabel('Value')).toHaveValue(story.value)
    await expect(page.getByLabel('Stated as')).toHaveValue('EXACT')
    await expect(page.getByLabel('New quantity’s name')).toHaveValue(quantityName)
    expect(await db.quantity.count({ where: { name: quantityName } })).toBe(0)

    // With a reason the same figure is saved, and the workspace shows how it was derived.
    await derivation.fill(reason)
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(page.getByRole('status').filter({ hasText: `Figure saved for “${quantityName}”` })).toBeVisible()
    const quantity = await db.quantity.findFirstOrThrow({ where: { name: quantityName }, select: { id: true } })
    await page.goto(`/review/quantities/${quantity.id}`)
    const card = page.getByRole('article', { name: story.shown })
    await expect(card).toContainText(`derived: ${reason}`)
    await expect(card).not.toContainText('Disagrees with its words')
  } finally {
    await db.figure.deleteMany({ where: { quantity: { name: quantityName } } })
    await db.quantity.deleteMany({ where: { name: quantityName } })
    await removeUnusedQuotes(db, [source.id], since)
  }
})
