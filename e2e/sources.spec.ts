import type { Locator, Page } from '@playwright/test'
import { describeQuote, findUniqueQuote } from '../lib/anchoring'
import type { Db } from '../lib/db'
import { ARTICLE_TITLE, borderReportPage } from './articles'
import { apiLogin, DEMO, expect, test } from './fixtures'


const alertIn = (page: Page) => page.getByRole('main').getByRole('alert')

async function removeSources(db: Db, ids: string[]) {
  await db.source.deleteMany({ where: { id: { in: ids } } })
}

test('A reviewer imports an HTML article: page furniture is dropped, details are read from the page, suggestions are offered', async ({ page, db }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`
  await apiLogin(page, DEMO.reviewer)
  await page.goto('/review/sources')
  await page.getByRole('link', { name: 'Import a source' }).click()
  await page.getByLabel('Or upload a file').setInputFiles({ name: 'border-report.html', mimeType: 'text/html', buffer: borderReportPage(stamp) })
  await page.getByRole('button', { name: 'Import source' }).click()

  await expect(page).toHaveURL(/\/review\/sources\/\w+\?imported=1$/)
  const sourceId = new URL(page.url()).pathname.split('/').at(-1)!
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE)
    await expect(page.getByRole('status').filter({ hasText: 'Source imported.' })).toBeVisible()
    const text = page.locator('[data-source-text]')
    await expect(text).toContainText(`Reporting run ${stamp} for this test.`)
    await expect(text).toContainText('at least 545 parents separated from their children')
    for (const furniture of ['Subscribe', 'cookies', 'Related stories', 'Share on']) await expect(text).not.toContainText(furniture)
    const suggestions = page.getByRole('region', { name: /Suggestions/ })
    await expect(suggestions.getByText('“at least 545 parents”').first()).toBeVisible()

    const source = await db.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: { title: true, author: true, publisher: true, publishedOn: true, snapshots: { select: { version: true, contentHash: true, text: true } } },
    })
    expect(source.snapshots).toHaveLength(1)
    expect(source.snapshots[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(source.author).toBeTruthy()
    expect(source.publishedOn).not.toBeNull()
  } finally {
    await removeSources(db, [sourceId])
  }
})

test('Importing the same text twice is refused; a new version re-anchors the existing quotes', async ({ page, db }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`
  const original = `Field notes ${stamp}.\n\nProsecutors were told the cases would take 72 hours. They took three to seven days in most districts.\n\nAt least 545 parents could not be located as of October.`
  await apiLogin(page, DEMO.reviewer)
  await page.goto('/review/sources/new')
  await page.getByLabel('Paste the text').fill(original)
  await page.getByLabel('Title').fill(`Field notes ${stamp}`)
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page).toHaveURL(/\?imported=1$/)
  const sourceId = new URL(page.url()).pathname.split('/').at(-1)!
  try {
    const first = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId }, select: { id: true, text: true } })
    const range = findUniqueQuote(first.text, 'They took three to seven days')
    const quote = await db.quote.create({ data: { snapshotId: first.id, ...describeQuote(first.text, range.start, range.end) } })

    // The same text as a new source: refused, naming where it is.
    await page.goto('/review/sources/new')
    await page.getByLabel('Paste the text').fill(original)
    await page.getByRole('button', { name: 'Import source' }).click()
    await expect(page.getByText(`already imported, as version 1 of “Field notes ${stamp}”`).first()).toBeVisible()
    await expect(page.getByLabel('Paste the text')).toHaveValue(original)

    // The same text as a new version: nothing to import.
    await page.goto(`/review/sources/${sourceId}`)
    await page.getByRole('link', { name: 'Import a new version' }).click()
    await page.getByLabel('Paste the text').fill(original)
    await page.getByRole('button', { name: 'Import new version' }).click()
    await expect(page.getByText('Nothing imported: this text is identical to version 1.').first()).toBeVisible()

    // An edited version: the quote follows its words.
    await page.getByLabel('Paste the text').fill(`Updated on Friday.\n\n${original}`)
    await page.getByRole('button', { name: 'Import new version' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Version 2 imported.' })).toContainText('1 found exactly')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Field notes ${stamp}`)
    const moved = await db.quote.findUniqueOrThrow({ where: { id: quote.id }, select: { start: true, anchorStatus: true, snapshot: { select: { version: true, text: true } } } })
    expect(moved.snapshot.version).toBe(2)
    expect(moved.anchorStatus).toBe('ANCHORED')
    expect(moved.start).toBe(range.start + 'Updated on Friday.\n\n'.length)
    expect(moved.snapshot.text.slice(moved.start, moved.start + 29)).toBe('They took three to seven days')
    await expect(page.locator('[data-source-text] mark')).toHaveText(['They took three to seven days'])
  } finally {
    await db.quote.deleteMany({ where: { snapshot: { sourceId } } })
    await removeSources(db, [sourceId])
  }
})

test('Wrong or oversized input to the import and details forms gets field errors and changes nothing', async ({ page, db }, testInfo) => {
  const text = `A short text that is fine (${testInfo.project.name}-${Date.now()}).`
  await apiLogin(page, DEMO.reviewer)
  await page.goto('/review/sources/new')
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page.getByText('Paste the text of the source, or choose a file below')).toBeVisible()

  await page.getByLabel('Or upload a file').setInputFiles({ name: 'report.docx', mimeType: 'application/msword', buffer: Buffer.from('PK not really') })
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page.getByText("can't be imported: upload a .txt, .md, .html or .pdf file, or paste the text.").first()).toBeVisible()

  // A PDF that is cut short is refused at once, before any job would read it.
  await page.getByLabel('Or upload a file').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 not really') })
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page.getByText("This PDF can't be read: the file is cut short").first()).toBeVisible()

  // Too large a file is named at once, and the form is not sent until another is chosen.
  await page.getByLabel('Or upload a file').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') })
  await expect(page.getByText('This file is 6.0 MB; upload a file of at most 5 MB.')).toBeVisible()
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page.getByLabel('Or upload a file')).toBeFocused()
  await page.getByLabel('Or upload a file').setInputFiles([])

  await page.getByLabel('Paste the text').fill(text)
  // The field stops typing at 300 characters; a crafted request sends more.
  await page.getByLabel('Title').evaluate((input: HTMLInputElement) => {
    input.removeAttribute('maxlength')
    input.value = 't'.repeat(301)
  })
  await page.getByLabel('Address of the original').fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page.getByText('Use at most 300 characters')).toBeVisible()
  await expect(page.getByText('Enter a full http:// or https:// address')).toBeVisible()
  await expect(page.getByLabel('Paste the text')).toHaveValue(text)
  await expect(alertIn(page)).toContainText('nothing was saved')
  expect(await db.sourceSnapshot.count({ where: { text } })).toBe(0)

  const source = await db.source.findFirstOrThrow({ orderBy: { createdAt: 'asc' }, select: { id: true, title: true } })
  await page.goto(`/review/sources/${source.id}/edit`)
  await page.getByLabel('Title').fill('')
  await page.getByLabel('Published on').fill('2999-01-01')
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByText('Enter a title')).toBeVisible()
  await expect(page.getByText('A publication date cannot be in the future')).toBeVisible()
  expect((await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { title: true } })).title).toBe(source.title)
})

/** Text of `length` characters as a textarea holds it, a line break every 60. */
const lines = (length: number) => `${'x'.repeat(59)}\n`.repeat(Math.ceil(length / 60)).slice(0, length - 1) + '.'

/**
 * Pastes into a textarea. Playwright's fill types megabytes for minutes, so the value is set as a
 * paste sets it (through the prototype's setter, which React's change tracking does not see) and
 * the input event a paste fires follows.
 */
async function paste(field: Locator, text: string) {
  await field.evaluate((textarea: HTMLTextAreaElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, value)
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

test('A paste over the limit is named as it is pasted and keeps every character; 2,000,000 characters with line breaks are taken', async ({ page, isMobile }) => {
  test.skip(isMobile, 'Two megabytes through the form: once is enough.')
  test.setTimeout(60_000)
  await apiLogin(page, DEMO.reviewer)
  await page.goto('/review/sources/new')
  const field = page.getByLabel('Paste the text')
  await expect(page.getByText('up to 2,000,000 characters (a line break counts as one)').first()).toBeVisible()

  // Over the limit: said under the field, nothing cut off, and the form not sent.
  await paste(field, lines(2_200_000))
  await expect(page.getByText('This text is 2,200,000 characters long; the limit is 2,000,000 (a line break counts as one).')).toBeVisible()
  await expect(page.getByText('2,200,000 of 2,000,000 so far.')).toBeVisible()
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(field).toBeFocused()
  await expect(page).toHaveURL(/\/review\/sources\/new$/)
  expect(await field.evaluate((textarea: HTMLTextAreaElement) => textarea.value.length)).toBe(2_200_000)

  // At the limit, with 33,333 line breaks the form posts as CRLF: the server counts as the form
  // does. (A file chosen as well stops it there, before the text is read, so this stays quick.)
  await paste(field, lines(2_000_000))
  await expect(page.getByText('2,000,000 of 2,000,000 so far.')).toBeVisible()
  await page.getByLabel('Or upload a file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('A few words.') })
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page.getByText('Paste the text or choose a file, not both')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText(/This text is [\d,]+ characters long/)).toHaveCount(0)
  expect(await field.evaluate((textarea: HTMLTextAreaElement) => textarea.value.length)).toBe(2_000_000)
})

test('A page nested 5,000 deep is refused with a clear message, and the site answers meanwhile', async ({ page, request, isMobile }) => {
  test.skip(isMobile, 'The server’s behaviour, not the layout: once is enough.')
  test.setTimeout(60_000)
  const nested = `<!doctype html><html><body>${'<div>'.repeat(5000)}<p>${'Deep words here. '.repeat(30)}</p>${'</div>'.repeat(5000)}</body></html>`
  await apiLogin(page, DEMO.reviewer)
  await page.goto('/review/sources/new')
  await page.getByLabel('Or upload a file').setInputFiles({ name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(nested) })
  await page.getByRole('button', { name: 'Import source' }).click()

  // While the file is being read, another visitor's requests answer as usual.
  const timings: number[] = []
  const refusal = page.getByText('so it was not imported: it is not an ordinary article').first()
  while (!(await refusal.isVisible())) {
    const started = Date.now()
    expect((await request.get('/api/health')).status()).toBe(200)
    timings.push(Date.now() - started)
    expect(timings.length).toBeLessThan(400)
    await page.waitForTimeout(100)
  }
  expect(timings.length).toBeGreaterThan(10)
  expect(Math.max(...timings)).toBeLessThan(1000)
})
