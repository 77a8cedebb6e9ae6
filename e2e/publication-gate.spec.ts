// Issue 11: nothing goes public that was not checked. A figure whose words do not state it sits on
// a claim whose verdict includes it; the editor is shown why it cannot be published, must hold it
// back, and the public never sees it.
import type { Page } from '@playwright/test'
import { apiLogin, expect, test } from './fixtures'
import { PASSWORD, storyData } from './verdict-data'

const currentRevision = (page: Page) => page.getByRole('heading', { level: 2, name: /^Revision \d+/ }).first()

test('An editor is told why a made-up figure cannot be published, holds it back, and the public never sees it', async ({ page, db }, testInfo) => {
  const story = storyData(db, testInfo)
  const reviewer = await story.person('REVIEWER', 'Gate Reviewer')
  const editor = await story.person('EDITOR', 'Gate Editor')
  try {
    const claim = await story.claim()
    const verdict = await story.verdict(claim.id, { status: 'SUBMITTED', authorId: reviewer.id, quoteIds: claim.quoteIds })
    const figure = await db.figure.findFirstOrThrow({ where: { claimId: claim.id }, select: { id: true } })
    await db.verdictFigure.create({ data: { verdictId: verdict.id, figureId: figure.id } })

    await apiLogin(page, editor.email, PASSWORD)
    await page.goto(`/review/claims/${claim.id}/verdict`)
    const list = page.getByRole('region', { name: 'What this step makes public' })
    await expect(list).toContainText('Becomes public with this step')
    await expect(list).toContainText('Cannot be published yet. Disagrees with its words')

    await page.getByRole('button', { name: 'Approve' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Hold back this figure' })).toBeVisible()
    await expect(currentRevision(page)).toContainText('Submitted for approval')

    await list.getByRole('checkbox', { name: /^Hold back/ }).check()
    await expect(list).toContainText('held back: stays unpublished')
    await page.getByRole('button', { name: 'Approve' }).click()
    await expect(currentRevision(page)).toContainText('Approved')
    await expect(page.getByRole('region', { name: 'What this step makes public' }).getByRole('checkbox', { name: /^Hold back/ })).toBeChecked()
    await page.getByRole('button', { name: 'Publish' }).click()
    await expect(currentRevision(page)).toContainText('Published')

    expect((await db.figure.findUniqueOrThrow({ where: { id: figure.id } })).publishedAt).toBeNull()
    await page.context().clearCookies()
    await page.goto(`/claims/${claim.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.text)
    await expect(page.getByRole('heading', { name: 'Figures in this claim' })).toHaveCount(0)
  } finally {
    await story.cleanUp()
  }
})
