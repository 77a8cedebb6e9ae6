import { describeQuote, findUniqueQuote } from '../lib/anchoring'
import type { Db } from '../lib/db'
import { apiLogin, DEMO, expect, removeUnusedQuotes, test } from './fixtures'
import { selectPassage } from './reader'

const AXIOS = 'DOJ watchdog report'
const DRIVING_FORCE = '[News report: DOJ inspector general'

const stamp = (workerIndex: number) => `${workerIndex}-${Date.now()}`

async function latestSnapshot(db: Db, titleStart: string) {
  const source = await db.source.findFirstOrThrow({
    where: { title: { startsWith: titleStart } },
    select: { id: true, snapshots: { orderBy: { version: 'desc' }, take: 1, select: { id: true, text: true } } },
  })
  return { sourceId: source.id, ...source.snapshots[0]! }
}

/** The seeded sources these stories annotate. */
async function annotatedSourceIds(db: Db) {
  const sources = await db.source.findMany({ where: { OR: [AXIOS, DRIVING_FORCE].map((title) => ({ title: { startsWith: title } })) }, select: { id: true } })
  return sources.map((source) => source.id)
}

/** Deletes the quotes a story made in the annotated sources that nothing uses any more. */
async function removeQuotes(db: Db, since: Date) {
  await removeUnusedQuotes(db, await annotatedSourceIds(db), since)
}

/** Deletes claims a test made, and the quotes it made that nothing else uses. */
async function removeClaims(db: Db, where: { text: { startsWith: string } }, since: Date) {
  await db.claim.deleteMany({ where })
  await removeQuotes(db, since)
}

test('A reviewer selects a passage in a source and creates a claim from it', async ({ page, db, isMobile }, testInfo) => {
  const since = new Date()
  const text = `E2E ${stamp(testInfo.workerIndex)}: Sessions underestimated how complicated zero tolerance would be.`
  const { sourceId } = await latestSnapshot(db, AXIOS)
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/sources/${sourceId}`)
    await selectPassage(page, 'did not fully understand the legal requirements to care for children', isMobile)
    await page.getByLabel('Claim', { exact: true }).fill(text)
    await page.getByLabel('Claimant').fill('DOJ Inspector General')
    await page.getByLabel('The source').selectOption({ label: 'Supports it' })
    await page.getByRole('button', { name: 'Create claim' }).click()

    const notice = page.getByRole('status').filter({ hasText: 'Saved to the claim' })
    await notice.getByRole('link', { name: text }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
    await expect(page.getByText('Claim · unpublished')).toBeVisible()
    const appearances = page.getByRole('region', { name: /Where it appears/ })
    await expect(appearances.getByRole('blockquote')).toHaveText('did not fully understand the legal requirements to care for children')
    await expect(appearances.getByLabel('Stance of passage 1')).toHaveValue('SUPPORTS')

    const claim = await db.claim.findFirstOrThrow({ where: { text }, select: { slug: true, publishedAt: true, appearances: { select: { quote: { select: { exact: true, prefix: true } } } } },
    })
    expect(claim.slug).toMatch(/^e2e-[0-9-]+-sessions-underestimated/)
    expect(claim.publishedAt).toBeNull()
    expect(claim.appearances[0]?.quote).toMatchObject({ exact: 'did not fully understand the legal requirements to care for children' })
    expect(claim.appearances[0]?.quote.prefix).toMatch(/tolerance" policy would be, and $/)
    const response = await page.goto(`/claims/${claim.slug}`)
    expect(response?.status()).toBe(404)
  } finally {
    await removeClaims(db, { text: { startsWith: text.slice(0, 30) } }, since)
  }
})

test('A reviewer attaches a passage from a second source to an existing claim, and similar claims are suggested while typing', async ({ page, db, isMobile }, testInfo) => {
  const since = new Date()
  const unique = `E2E ${stamp(testInfo.workerIndex)}`
  const first = await latestSnapshot(db, AXIOS)
  const range = findUniqueQuote(first.text, 'did not fully understand the legal requirements')
  // The quote is created with the claim that uses it: a parallel test's clean-up removes this
  // source's quotes that nothing uses, and a quote made first could go before the claim came.
  const claim = await db.claim.create({
    data: {
      slug: `e2e-${unique.slice(4)}-sessions-understanding`,
      text: `${unique} Sessions did not understand how family separations would work`,
      appearances: { create: { quote: { create: { snapshotId: first.id, ...describeQuote(first.text, range.start, range.end) } } } },
    },
    select: { id: true, text: true, slug: true, appearances: { select: { quoteId: true } } },
  })
  const quote = { id: claim.appearances[0]!.quoteId }
  const second = await latestSnapshot(db, DRIVING_FORCE)
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/sources/${second.sourceId}`)
    await selectPassage(page, 'did not adequately understand the family separation process', isMobile)
    await page.getByLabel('Claim', { exact: true }).fill(`${unique} Sessions did not understand family separations`)
    const similar = page.getByRole('region', { name: 'Similar claims' })
    await expect(similar.getByText(claim.text)).toBeVisible()
    await similar.getByRole('button', { name: `Attach the passage to this claim: ${claim.text}` }).click()

    await expect(page.getByLabel('Attach to a claim')).toBeChecked()
    await expect(page.getByRole('radio', { name: new RegExp(claim.text) })).toBeChecked()
    await page.getByLabel('The source').selectOption({ label: 'Disputes it' })
    await page.getByRole('button', { name: 'Attach passage' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved to the claim' })).toBeVisible()

    await page.goto(`/review/claims/${claim.id}`)
    const appearances = page.getByRole('region', { name: /Where it appears \(2\)/ })
    await expect(appearances.getByRole('link', { name: /DOJ watchdog report/ })).toBeVisible()
    await expect(appearances.getByRole('link', { name: /DOJ inspector general/ })).toBeVisible()
    await expect(appearances.getByLabel('Stance of passage 2')).toHaveValue('DISPUTES')
    expect(await db.claim.count({ where: { text: { startsWith: unique } } })).toBe(1)
  } finally {
    await removeClaims(db, { text: { startsWith: unique } }, since)
    await db.quote.deleteMany({ where: { id: quote.id, appearances: { none: {} }, figures: { none: {} }, evidence: { none: {} } } })
  }
})

test('A reviewer creates a figure from a passage with value, bounds and unit pre-filled', async ({ page, db, isMobile }, testInfo) => {
  const since = new Date()
  const quantityName = `E2E quantity ${stamp(testInfo.workerIndex)}`
  const { sourceId } = await latestSnapshot(db, AXIOS)
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/sources/${sourceId}`)
    await selectPassage(page, 'At least 545 parents separated from their children at the U.S.-Mexico border under the now-reversed policy\u00a0could not be located as of October.', isMobile)
    await page.getByLabel('Create a figure').check()
    await expect(page.getByLabel('Stated as')).toHaveValue('AT_LEAST')
    await expect(page.getByLabel('Value')).toHaveValue('545')
    await expect(page.getByLabel('Low bound')).toHaveValue('545')
    await expect(page.getByLabel('High bound')).toHaveValue('')
    await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('parents')
    await expect(page.getByLabel('Period from')).toHaveValue('2020-10-01')
    await expect(page.getByLabel('Period to')).toHaveValue('2020-10-31')
    await expect(page.getByLabel('Period as written')).toHaveValue('as of October')

    await page.getByLabel('Quantity measured').selectOption({ label: 'New quantity…' })
    await page.getByLabel('New quantity’s name').fill(quantityName)
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(page.getByRole('status').filter({ hasText: `Figure saved for “${quantityName}”` })).toBeVisible()

    const figure = await db.figure.findFirstOrThrow({ where: { quantity: { name: quantityName } }, select: { qualifier: true, value: true, low: true, high: true, unit: true, publishedAt: true, quantity: { select: { unit: true } } } })
    expect(figure).toMatchObject({ qualifier: 'AT_LEAST', unit: 'parents', high: null, publishedAt: null, quantity: { unit: 'parents' } })
    expect(figure.value?.toNumber()).toBe(545)
    expect(figure.low?.toNumber()).toBe(545)
  } finally {
    await db.figure.deleteMany({ where: { quantity: { name: quantityName } } })
    await db.quantity.deleteMany({ where: { name: quantityName } })
    await removeQuotes(db, since)
  }
})

test('A reviewer accepts a suggested figure and dismisses a suggestion', async ({ page, db }, testInfo) => {
  const since = new Date()
  const quantityName = `E2E accepted ${stamp(testInfo.workerIndex)}`
  const snapshot = await latestSnapshot(db, DRIVING_FORCE)
  // Each project takes its own sentences, so runs in parallel do not meet on the unique key.
  const [figureWords, otherWords] =
    testInfo.project.name === 'phone'
      ? ['prosecutions took three to seven days, U.S. attorneys had reported', 'Sessions was aware that the zero-tolerance policy would result in family separations']
      : ['the separation of more than 3,000 immigrant children from their families', 'One impetus for the policy change was apprehension about a migrant caravan']
  const figureRange = findUniqueQuote(snapshot.text, figureWords)
  const otherRange = findUniqueQuote(snapshot.text, otherWords)
  const isRange = figureWords.includes('three to seven')
  const parsed = isRange
    ? { qualifier: 'RANGE', value: 5, low: 3, high: 7, unit: 'days', direction: null, text: 'three to seven days' }
    : { qualifier: 'MORE_THAN', value: 3000, low: 3000, high: null, unit: 'children', direction: null, text: 'more than 3,000 immigrant children' }
  const accepted = await db.suggestion.create({ data: { snapshotId: snapshot.id, kind: 'FIGURE', ...figureRange, exact: figureWords, figure: parsed } })
  const dismissed = await db.suggestion.create({ data: { snapshotId: snapshot.id, kind: 'CHECK_WORTHY', ...otherRange, exact: otherWords } })
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/sources/${snapshot.sourceId}`)
    const suggestions = page.getByRole('region', { name: /Suggestions/ })
    await suggestions.getByRole('button', { name: `Accept suggestion “${figureWords}”` }).click()
    await expect(page.locator('#annotate-heading ~ blockquote')).toHaveText(figureWords)
    await expect(page.getByLabel('Create a figure')).toBeChecked()
    await expect(page.getByLabel('Stated as')).toHaveValue(parsed.qualifier)
    await expect(page.getByLabel('Low bound')).toHaveValue(String(parsed.low))
    await expect(page.getByLabel('High bound')).toHaveValue(parsed.high === null ? '' : String(parsed.high))
    await expect(page.getByLabel('Unit', { exact: true })).toHaveValue(parsed.unit)
    await page.getByLabel('Quantity measured').selectOption({ label: 'New quantity…' })
    await page.getByLabel('New quantity’s name').fill(quantityName)
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Figure saved' })).toBeVisible()
    await expect(suggestions.getByRole('button', { name: `Accept suggestion “${figureWords}”` })).toHaveCount(0)

    await suggestions.getByRole('button', { name: `Dismiss suggestion “${otherWords}”` }).click()
    // The Dismiss button reads "Dismissing…" while it works; the item's Accept button goes only when it is done.
    await expect(suggestions.getByRole('button', { name: `Accept suggestion “${otherWords}”` })).toHaveCount(0)

    const reviewer = await db.user.findUniqueOrThrow({ where: { email: DEMO.reviewer }, select: { id: true } })
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: accepted.id } })).toMatchObject({ status: 'ACCEPTED', decidedById: reviewer.id })
    const after = await db.suggestion.findUniqueOrThrow({ where: { id: dismissed.id } })
    expect(after).toMatchObject({ status: 'DISMISSED', decidedById: reviewer.id })
    expect(after.decidedAt).not.toBeNull()
  } finally {
    await db.suggestion.deleteMany({ where: { id: { in: [accepted.id, dismissed.id] } } })
    await db.figure.deleteMany({ where: { quantity: { name: quantityName } } })
    await db.quantity.deleteMany({ where: { name: quantityName } })
    await removeQuotes(db, since)
  }
})

test('Team notes on a claim are not on the public page', async ({ page, db, browser }, testInfo) => {
  const body = `E2E note ${stamp(testInfo.workerIndex)}: check the October date against the court filing.`
  const claim = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null } }, orderBy: { slug: 'asc' }, select: { id: true, slug: true } })
  await apiLogin(page, DEMO.reviewer)
  try {
    await page.goto(`/review/claims/${claim.id}`)
    await page.getByLabel('Add a note for the team').fill(body)
    await page.getByRole('button', { name: 'Add note' }).click()
    const notes = page.getByRole('region', { name: /Team notes/ })
    await expect(notes.getByRole('listitem').filter({ hasText: body })).toContainText('Riley Reviewer')
    await expect(page.getByLabel('Add a note for the team')).toHaveValue('')

    const visitor = await browser.newPage()
    await visitor.goto(`/claims/${claim.slug}`)
    await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(visitor.getByText(body)).toHaveCount(0)
    expect(await visitor.content()).not.toContain(body.slice(0, 30))
    await visitor.close()
  } finally {
    await db.note.deleteMany({ where: { body } })
  }
})

test('A concurrent edit of a claim is refused, not lost', async ({ page, db, browser }, testInfo) => {
  const unique = `E2E ${stamp(testInfo.workerIndex)}`
  const claim = await db.claim.create({ data: { slug: `e2e-${unique.slice(4)}-concurrent`, text: `${unique} Prosecutions took three to seven days.` } })
  const editorContext = await browser.newContext()
  const editor = await editorContext.newPage()
  try {
    await apiLogin(page, DEMO.reviewer)
    await apiLogin(editor, DEMO.editor)
    await page.goto(`/review/claims/${claim.id}`)
    await editor.goto(`/review/claims/${claim.id}`)

    await editor.getByLabel('Claim', { exact: true }).fill(`${unique} Prosecutions of parents took three to seven days.`)
    await editor.getByRole('button', { name: 'Save claim' }).click()
    await expect(editor.getByRole('region', { name: 'Wording' }).getByRole('status')).toHaveText('Claim saved.')

    const mine = `${unique} U.S. attorneys reported that prosecutions took three to seven days.`
    await page.getByLabel('Claim', { exact: true }).fill(mine)
    await page.getByRole('button', { name: 'Save claim' }).click()
    await expect(page.getByRole('region', { name: 'Wording' }).getByRole('alert')).toContainText('Eden Editor saved this claim at')
    await expect(page.getByLabel('Claim', { exact: true })).toHaveValue(mine)
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).text).toBe(`${unique} Prosecutions of parents took three to seven days.`)

    await page.getByRole('link', { name: 'Open the latest version of this claim' }).click()
    await expect(page.getByLabel('Claim', { exact: true })).toHaveValue(`${unique} Prosecutions of parents took three to seven days.`)
  } finally {
    await editorContext.close()
    await db.claim.deleteMany({ where: { id: claim.id } })
  }
})

test('Wrong or oversized input gets field errors and changes nothing', async ({ page, db, isMobile }, testInfo) => {
  const unique = `E2E ${stamp(testInfo.workerIndex)}`
  const { sourceId } = await latestSnapshot(db, AXIOS)
  const claim = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null } }, select: { id: true } })
  await apiLogin(page, DEMO.reviewer)
  await page.goto(`/review/sources/${sourceId}`)
  await page.getByLabel('Quote words').fill('words that are nowhere in this text')
  await page.getByRole('button', { name: 'Select', exact: true }).click()
  await expect(page.getByText('These words are not in the text.')).toBeVisible()

  await selectPassage(page, 'held firm on continuing the prosecution of adult migrants', isMobile)
  const oversized = `${unique} ${'very long claim '.repeat(32)}`
  await page.getByLabel('Claim', { exact: true }).fill(oversized)
  await page.getByLabel('Claimant').fill('x'.repeat(201))
  await page.getByRole('button', { name: 'Create claim' }).click()
  await expect(page.getByText('Keep the claim to 500 characters or fewer')).toBeVisible()
  await expect(page.getByText('Keep the claimant to 200 characters or fewer')).toBeVisible()
  await expect(page.getByLabel('Claim', { exact: true })).toHaveValue(oversized)
  await page.getByLabel('Claim', { exact: true }).fill('Too short')
  await page.getByRole('button', { name: 'Create claim' }).click()
  await expect(page.getByText('Write the claim as a full statement of at least 10 characters')).toBeVisible()

  await page.getByLabel('Create a figure').check()
  await page.getByLabel('Stated as').selectOption('RANGE')
  await page.getByLabel('Value').fill('many')
  await page.getByLabel('Low bound').fill('9')
  await page.getByLabel('High bound').fill('3')
  await page.getByLabel('Unit', { exact: true }).fill('u'.repeat(61))
  await page.getByLabel('Period from').fill('2020-10-31')
  await page.getByLabel('Period to').fill('2020-10-01')
  await page.getByLabel('Quantity measured').selectOption({ label: 'Parents of separated children not located (parents)' })
  await page.getByRole('button', { name: 'Save figure' }).click()
  await expect(page.getByText('Enter a number such as 545')).toBeVisible()
  await expect(page.getByText('The high end must not be below the low end')).toBeVisible()
  await expect(page.getByText('Keep the unit to 60 characters or fewer')).toBeVisible()
  await expect(page.getByText('The last day must not be before the first')).toBeVisible()
  await expect(page.getByLabel('Value')).toHaveValue('many')

  await page.goto(`/review/claims/${claim.id}`)
  const note = `${unique} ${'n'.repeat(5001)}`
  await page.getByLabel('Add a note for the team').fill(note)
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByText('Keep a note to 5,000 characters or fewer')).toBeVisible()
  await expect(page.getByLabel('Add a note for the team')).toHaveValue(note)

  expect(await db.claim.count({ where: { text: { startsWith: unique } } })).toBe(0)
  expect(await db.figure.count({ where: { unit: 'u'.repeat(61) } })).toBe(0)
  expect(await db.note.count({ where: { body: { startsWith: unique } } })).toBe(0)
})
