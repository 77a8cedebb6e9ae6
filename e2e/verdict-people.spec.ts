import type { Locator } from '@playwright/test'
import { expect } from './fixtures'
import { correctToMixed, currentRevision, signInAs, statusIn, test } from './verdict-data'

/** What a list of people says after one role ("Written by" → "Rita, Dec 2, 2026, 18:40 UTC"). */
const roleIn = (scope: Locator, role: string) =>
  scope.getByRole('term').filter({ hasText: new RegExp(`^${role}$`) }).locator('xpath=following-sibling::dd[1]')

async function expectPeople(scope: Locator, people: Record<string, string>) {
  for (const [role, words] of Object.entries(people)) await expect(roleIn(scope, role), role).toContainText(words)
}

test('An editor who rewrote a reviewer’s draft cannot approve it, even after the reviewer saves and submits it', async ({ page, story }) => {
  const reviewer = await story.person('REVIEWER', 'Rae Drafter')
  const editor = await story.person('EDITOR', 'Ed Rewriter')
  const claim = await story.claim()
  await story.verdict(claim.id, { status: 'DRAFT', authorId: reviewer.id, quoteIds: claim.quoteIds })
  const url = `/review/claims/${claim.id}/verdict`
  const current = page.getByRole('region', { name: /^Revision 1/ })

  await signInAs(page, editor)
  await page.goto(url)
  await page.getByLabel('Summary').fill(`The editor’s own words ${story.stamp}`)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(statusIn(page)).toHaveText('Draft saved.')

  // The reviewer saves the draft as the editor left it, then submits it.
  await signInAs(page, reviewer)
  await page.goto(url)
  await expect(roleIn(current, 'Last edited by')).toContainText(editor.name)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(statusIn(page)).toHaveText('Nothing to save: the draft already says this.')
  await page.reload()
  await expect(roleIn(current, 'Last edited by')).toContainText(editor.name)
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(currentRevision(page)).toContainText('Submitted for approval')

  await signInAs(page, editor)
  await page.goto('/review')
  await expect(page.getByRole('region', { name: /Awaiting my approval/ }).getByRole('link', { name: claim.text })).toHaveCount(0)
  await page.goto(url)
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Return to author' })).toHaveCount(0)
  await expect(page.getByText('You changed this revision, so you cannot approve it: another editor must.')).toBeVisible()
  await expect(roleIn(current, 'Changed by').getByRole('listitem')).toHaveText([new RegExp(reviewer.name), new RegExp(editor.name)])
})

test('The history and compare pages name the right person for each role after a correction by a second editor', async ({ page, story }) => {
  const reviewer = await story.person('REVIEWER', 'Wren Writer')
  const approver = await story.person('EDITOR', 'Abe Approver')
  const publisher = await story.person('ADMIN', 'Pia Publisher')
  const claim = await story.claim()
  await story.verdict(claim.id, { status: 'SUBMITTED', authorId: reviewer.id, quoteIds: claim.quoteIds })
  const url = `/review/claims/${claim.id}/verdict`
  const current = page.getByRole('region', { name: /^Revision \d/ })

  await signInAs(page, approver)
  await page.goto(url)
  const lastEdited = roleIn(current, 'Last edited by')
  const lastEditedText = await lastEdited.textContent()
  const lastEditedAt = await lastEdited.locator('time').getAttribute('datetime')
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(currentRevision(page)).toContainText('Approved, not yet published')
  await expect(roleIn(current, 'Approved by')).toContainText(approver.name)
  // Approving is no edit: "Last edited" still names the reviewer, at the same moment.
  await expect(lastEdited).toHaveText(lastEditedText!)
  await expect(lastEdited.locator('time')).toHaveAttribute('datetime', lastEditedAt!)

  await signInAs(page, publisher)
  await page.goto(url)
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(currentRevision(page)).toContainText('Published')

  // The approver corrects the verdict; the publisher approves and publishes the correction.
  await signInAs(page, approver)
  await page.goto(url)
  await correctToMixed(page, `The rating was too generous (${story.stamp}).`)

  await signInAs(page, publisher)
  await page.goto(url)
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(currentRevision(page)).toContainText('Approved, not yet published')
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(currentRevision(page)).toContainText('Published')

  const first = {
    'Written by': reviewer.name,
    'Last edited by': reviewer.name,
    'Approved by': approver.name,
    'Published by': publisher.name,
    'Superseded by': `revision 2, written by ${approver.name}, published`,
  }
  const second = { 'Written by': approver.name, 'Last edited by': approver.name, 'Approved by': publisher.name, 'Published by': publisher.name }
  const history = page.getByRole('region', { name: 'Revisions' })
  const firstInHistory = history.getByRole('listitem', { name: 'Revision 1', exact: true })
  await expectPeople(firstInHistory, first)
  await expect(roleIn(firstInHistory, 'Last edited by')).toHaveText(lastEditedText!)
  await expectPeople(history.getByRole('listitem', { name: 'Revision 2', exact: true }), second)
  await expect(roleIn(history.getByRole('listitem', { name: 'Revision 2', exact: true }), 'Superseded by')).toHaveCount(0)

  await history.getByRole('link', { name: 'Compare revision 2 with revision 1' }).click()
  await expect(page).toHaveURL(`${url}/compare?revision=2`)
  const older = page.getByRole('region', { name: /^Revision 1\b/ })
  await expectPeople(older, first)
  await expect(roleIn(older, 'Last edited by')).toHaveText(lastEditedText!)
  await expectPeople(page.getByRole('region', { name: /^Revision 2\b/ }), second)
})
