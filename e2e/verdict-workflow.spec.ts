import { formatDay } from '../lib/format'
import { apiLogin, expect } from './fixtures'
import { alertIn, correctToMixed, currentRevision, PASSWORD, signInAs, statusIn, test } from './verdict-data'

test('An editor returns a submitted verdict with a comment; the author sees it in "Returned to me", revises and resubmits', async ({ page, story }) => {
  const author = await story.person('REVIEWER', 'Rita Author')
  const editor = await story.person('EDITOR', 'Erin Editor')
  const claim = await story.claim()
  await story.verdict(claim.id, { status: 'SUBMITTED', authorId: author.id, quoteIds: claim.quoteIds })

  await signInAs(page, editor)
  await page.goto('/review')
  await page.getByRole('region', { name: /Awaiting my approval/ }).getByRole('link', { name: claim.text }).click()
  await expect(page).toHaveURL(`/review/claims/${claim.id}/verdict`)
  await page.getByLabel('Comment for the author').fill('Cite the second passage and say what it adds.')
  await page.getByRole('button', { name: 'Return to author' }).click()
  await expect(currentRevision(page)).toContainText('Changes requested')

  await signInAs(page, author)
  await page.goto('/review')
  const returned = page.getByRole('region', { name: /Returned to me/ })
  await expect(returned).toContainText('Cite the second passage and say what it adds.')
  await returned.getByRole('link', { name: claim.text }).click()
  await expect(page.getByRole('complementary', { name: 'Editor’s comment' })).toContainText('Cite the second passage')
  await page.getByLabel('Summary').fill(`Revised after review ${story.stamp}`)
  await page.getByLabel('Note on passage 1').fill('The count itself')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(statusIn(page)).toHaveText('Draft saved.')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(currentRevision(page)).toContainText('Submitted for approval')
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0)
})

test('A second editor approves and publishes; the public claim page shows the verdict', async ({ page, story }) => {
  const author = await story.person('EDITOR', 'Ed Author')
  const approver = await story.person('EDITOR', 'Second Editor')
  const claim = await story.claim()
  await story.verdict(claim.id, { status: 'SUBMITTED', authorId: author.id, quoteIds: claim.quoteIds })
  expect((await page.goto(`/claims/${claim.slug}`))?.status()).toBe(404)

  await signInAs(page, approver)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(currentRevision(page)).toContainText('Approved, not yet published')
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(currentRevision(page)).toContainText('Published')
  await expect(page.getByRole('region', { name: /^Revision 1/ }).getByRole('definition').filter({ hasText: approver.name })).toHaveCount(2) // approved and published by

  await page.getByRole('link', { name: 'Public page' }).click()
  await expect(page).toHaveURL(`/claims/${claim.slug}`)
  const verdict = page.getByRole('region', { name: 'Our verdict' })
  await expect(verdict).toContainText(`Summary of the story verdict ${story.stamp}`)
  await expect(verdict).toContainText('Mostly true')
  // The revision includes no figure (docs/decisions/015), so the claim's figure stays unpublished.
  await expect(page.getByRole('heading', { name: 'Figures in this claim' })).toHaveCount(0)

  await page.goto(`/review/audit?claim=${claim.id}`)
  await expect(page.getByText('verdict.publish')).toBeVisible()
  await expect(page.getByText('claim.publish')).toBeVisible()
})

test('An editor publishes a correction and the public page shows the dated note', async ({ page, story }) => {
  const corrector = await story.person('EDITOR', 'Cora Corrector')
  const publisher = await story.person('ADMIN', 'Pat Publisher')
  const claim = await story.claim()
  await story.verdict(claim.id, { status: 'PUBLISHED', authorId: publisher.id, publishedById: corrector.id, quoteIds: claim.quoteIds })
  const note = `The count was of children, not parents (${story.stamp}).`

  await signInAs(page, corrector)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  await correctToMixed(page, note)
  await expect(page.getByText('You wrote this revision, so you cannot approve it: another editor must.')).toBeVisible()

  await signInAs(page, publisher)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  await page.getByRole('button', { name: 'Approve' }).click()
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(currentRevision(page)).toContainText('Published')
  await page.getByRole('link', { name: 'Compare revision 2 with revision 1' }).click()
  await expect(page.getByRole('region', { name: /Rating/ }).locator('ins')).toHaveText('Mixed')
  await expect(page.getByRole('region', { name: /Correction note/ }).locator('ins')).toHaveText(note)

  await page.goto(`/claims/${claim.slug}`)
  await expect(page.getByRole('region', { name: 'Our verdict' })).toContainText('Mixed')
  const corrections = page.getByRole('region', { name: 'Corrections' })
  await expect(corrections).toContainText(note)
  await expect(corrections.locator('time')).toHaveText(formatDay(new Date()))
})

test('An editor cannot approve their own verdict', async ({ page, story, db }) => {
  const editor = await story.person('EDITOR', 'Own Editor')
  const other = await story.person('EDITOR', 'Other Editor')
  const claim = await story.claim()
  const verdict = await story.verdict(claim.id, { status: 'SUBMITTED', authorId: editor.id, quoteIds: claim.quoteIds })

  await signInAs(page, editor)
  await page.goto('/review')
  await expect(page.getByRole('region', { name: /Awaiting my approval/ }).getByRole('link', { name: claim.text })).toHaveCount(0)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  await expect(page.getByText('You wrote this revision, so you cannot approve it: another editor must.')).toBeVisible()

  // The action refuses too: a page rendered for another editor, submitted with the author's session.
  await signInAs(page, other)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  await signInAs(page, editor)
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(alertIn(page)).toHaveText('You wrote this revision, so you cannot approve it: another editor must.')
  expect((await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).status).toBe('SUBMITTED')
})

test('A reviewer cannot publish', async ({ page, story, db }) => {
  const author = await story.person('REVIEWER', 'Author Reviewer')
  const reviewer = await story.person('REVIEWER', 'Other Reviewer')
  const editor = await story.person('EDITOR', 'Approving Editor')
  const claim = await story.claim()
  const verdict = await story.verdict(claim.id, { status: 'APPROVED', authorId: author.id, publishedById: editor.id, quoteIds: claim.quoteIds })

  await signInAs(page, reviewer)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  await expect(currentRevision(page)).toContainText('Approved, not yet published')
  for (const name of ['Publish', 'Approve', 'Return to author', 'Save draft']) await expect(page.getByRole('button', { name })).toHaveCount(0)

  // The action refuses too: the editor's page, submitted with the reviewer's session.
  await signInAs(page, editor)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  await signInAs(page, reviewer)
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(alertIn(page)).toHaveText('Your role does not allow this. Nothing was saved.')
  expect(await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ status: 'APPROVED', publishedAt: null })
})

test('A concurrent edit is refused, not lost', async ({ page, browser, story, db }) => {
  const first = await story.person('REVIEWER', 'First Writer')
  const second = await story.person('EDITOR', 'Second Writer')
  const claim = await story.claim()
  const verdict = await story.verdict(claim.id, { status: 'DRAFT', authorId: first.id, quoteIds: claim.quoteIds })
  const url = `/review/claims/${claim.id}/verdict`

  await signInAs(page, first)
  await page.goto(url)
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin, viewport: page.viewportSize() })
  const otherPage = await other.newPage()
  await apiLogin(otherPage, second.email, PASSWORD)
  await otherPage.goto(url)

  await page.getByLabel('Summary').fill('The first save, kept.')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(statusIn(page)).toHaveText('Draft saved.')

  await otherPage.getByLabel('Summary').fill('The second save, refused but not lost.')
  await otherPage.getByRole('button', { name: 'Save draft' }).click()
  await expect(alertIn(otherPage)).toContainText(`${first.name} saved this verdict at`)
  await expect(otherPage.getByLabel('Summary')).toHaveValue('The second save, refused but not lost.')
  const latest = otherPage.getByRole('link', { name: 'Open the latest version in a new tab' })
  await expect(latest).toHaveAttribute('target', '_blank')
  await expect(latest).toHaveAttribute('href', url)
  expect((await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).summary).toBe('The first save, kept.')
  await other.close()
})

test('Wrong or oversized input gets field errors and changes nothing', async ({ page, story, db }) => {
  const author = await story.person('REVIEWER', 'Careful Author')
  const claim = await story.claim()
  const verdict = await story.verdict(claim.id, { status: 'DRAFT', authorId: author.id, quoteIds: claim.quoteIds })
  const before = await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })
  await signInAs(page, author)
  await page.goto(`/review/claims/${claim.id}/verdict`)
  const save = page.getByRole('button', { name: 'Save draft' })
  const summary = page.getByLabel('Summary')

  await summary.fill('')
  await save.click()
  await expect(page.locator('#summary-error')).toHaveText('Write a one-line summary')
  await expect(summary).toHaveAttribute('aria-invalid', 'true')

  await summary.fill('x'.repeat(201))
  await save.click()
  await expect(page.locator('#summary-error')).toHaveText('Keep the summary to 200 characters or fewer (it has 201)')
  await expect(summary).toHaveValue('x'.repeat(201))

  await summary.fill('A fine summary.')
  await page.getByLabel('Rationale').fill('y'.repeat(20_001))
  await save.click()
  await expect(page.locator('#rationale-error')).toHaveText('Keep the rationale to 20,000 characters or fewer (it has 20,001)')
  await expect(page.locator('#summary-error')).toBeEmpty()

  await page.getByLabel('Rationale').fill('A fine rationale.')
  // A crafted request: a rating that is not on the scale.
  await page.getByRole('radio', { name: /^Mixed/ }).evaluate((radio: HTMLInputElement) => {
    radio.value = 'MOSTLY_BOGUS'
    radio.checked = true
  })
  await save.click()
  await expect(page.locator('#rating-error')).toHaveText('Choose a rating from the scale')

  expect(await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ summary: before.summary, rationale: before.rationale, lockVersion: before.lockVersion })
})
