// The whole path of issue 3, as the people who do it: from an imported web page to a published,
// corrected verdict on the public claim page.
import { formatDay } from '../lib/format'
import { ARTICLE_TITLE, borderReportPage } from './articles'
import { expect, removeUnusedQuotes, test } from './fixtures'
import { selectPassage } from './reader'
import { approveAndPublish, currentRevision, draftAndSubmit, signInAs, statusIn, storyData } from './verdict-data'

const AXIOS_545 = 'At least 545 parents separated from their children at the U.S.-Mexico border under the now-reversed policy\u00a0could not be located as of October.'

test('A reviewer takes an article to a submitted verdict; editors return, approve, publish and correct it', async ({ page, db, isMobile }, testInfo) => {
  test.setTimeout(180_000)
  const story = storyData(db, testInfo)
  const reviewer = await story.person('REVIEWER', 'Journey Reviewer')
  const returner = await story.person('EDITOR', 'Journey Returner')
  const publisher = await story.person('EDITOR', 'Journey Publisher')
  const claimText = `At least 545 parents of separated children could not be found in October 2020 (${story.stamp})`
  const quantityName = `Parents not located (${story.stamp})`
  let sourceId = ''
  const since = new Date()
  try {
    // The reviewer imports the web page and accepts the figure the importer suggests.
    await signInAs(page, reviewer)
    await page.goto('/review/sources/new')
    await page.getByLabel('Or upload a file').setInputFiles({ name: 'border-report.html', mimeType: 'text/html', buffer: borderReportPage(story.stamp) })
    await page.getByRole('button', { name: 'Import source' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE)
    sourceId = new URL(page.url()).pathname.split('/').at(-1)!
    await page.getByRole('region', { name: /Suggestions/ }).getByRole('button', { name: 'Accept suggestion “at least 545 parents”' }).click()
    await expect(page.getByLabel('Stated as')).toHaveValue('AT_LEAST')
    await expect(page.getByLabel('Value')).toHaveValue('545')
    await page.getByLabel('Quantity measured').selectOption({ label: 'New quantity…' })
    await page.getByLabel('New quantity’s name').fill(quantityName)
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(statusIn(page).filter({ hasText: 'Figure saved' })).toBeVisible()

    // …creates a claim from a selected passage…
    await selectPassage(page, 'at least 545 parents separated from their children at the border could not be located', isMobile)
    await page.getByLabel('Claim', { exact: true }).fill(claimText)
    await page.getByRole('button', { name: 'Create claim' }).click()
    await expect(statusIn(page).filter({ hasText: 'Saved to the claim' })).toBeVisible()
    const claim = await db.claim.findFirstOrThrow({ where: { text: claimText }, select: { id: true, slug: true } })

    // …links it to a second source, where similar claims are offered while typing…
    const axios = await db.source.findFirstOrThrow({ where: { title: { startsWith: 'DOJ watchdog report' } }, select: { id: true } })
    await page.goto(`/review/sources/${axios.id}`)
    await selectPassage(page, AXIOS_545, isMobile)
    await page.getByLabel('Claim', { exact: true }).fill(`545 parents could not be found ${story.stamp}`)
    await page.getByRole('region', { name: 'Similar claims' }).getByRole('button', { name: `Attach the passage to this claim: ${claimText}` }).click()
    await page.getByRole('button', { name: 'Attach passage' }).click()
    await expect(statusIn(page).filter({ hasText: 'Saved to the claim' })).toBeVisible()

    // …and drafts and submits a verdict citing both passages.
    await page.goto(`/review/claims/${claim.id}`)
    await expect(page.getByRole('region', { name: /Where it appears \(2\)/ })).toBeVisible()
    await page.getByRole('link', { name: 'Verdict' }).click()
    await draftAndSubmit(page, {
      rating: /^Mostly true/,
      summary: `Court filings put the figure at 545 in October 2020 (${story.stamp}).`,
      rationale: 'The **steering committee** reported the count to the court.',
    })

    // An editor returns it with a comment; the reviewer revises and resubmits.
    await signInAs(page, returner)
    await page.goto(`/review/claims/${claim.id}/verdict`)
    await page.getByLabel('Comment for the author').fill('Say that 545 counts parents of children, not the children.')
    await page.getByRole('button', { name: 'Return to author' }).click()
    await expect(currentRevision(page)).toContainText('Changes requested')

    await signInAs(page, reviewer)
    await page.goto('/review')
    await page.getByRole('region', { name: /Returned to me/ }).getByRole('link', { name: claimText }).click()
    await page.getByLabel('Summary').fill(`545 parents of separated children were not located in October 2020 (${story.stamp}).`)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(statusIn(page)).toHaveText('Draft saved.')
    await page.getByRole('button', { name: 'Submit for approval' }).click()
    await expect(currentRevision(page)).toContainText('Submitted for approval')

    // A second editor approves and publishes; the public page shows it.
    await approveAndPublish(page, publisher, claim.id)
    await page.context().clearCookies()
    await page.goto(`/claims/${claim.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claimText)
    await expect(page.getByRole('region', { name: 'Our verdict' })).toContainText('Mostly true')
    await expect(page.getByRole('region', { name: 'Our verdict' })).toContainText('545 parents of separated children were not located')

    // The first editor corrects it; the second publishes the correction; the public sees the dated note.
    const note = `The count is of parents, as filed on October 20 (${story.stamp}).`
    await signInAs(page, returner)
    await page.goto(`/review/claims/${claim.id}/verdict`)
    await page.getByLabel('Correction note').fill(note)
    await page.getByRole('button', { name: 'Start correction' }).click()
    await page.getByRole('radio', { name: /^True/ }).check()
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(statusIn(page)).toHaveText('Draft saved.')
    await page.getByRole('button', { name: 'Submit for approval' }).click()
    await approveAndPublish(page, publisher, claim.id)
    await page.context().clearCookies()
    await page.goto(`/claims/${claim.slug}`)
    const corrections = page.getByRole('region', { name: 'Corrections' })
    await expect(corrections).toContainText(note)
    await expect(corrections.locator('time')).toHaveText(formatDay(new Date()))
    await expect(page.getByRole('region', { name: 'Our verdict' })).toContainText('True')
  } finally {
    const claim = await db.claim.findFirst({ where: { text: claimText }, select: { id: true } })
    if (claim) {
      await db.figure.deleteMany({ where: { OR: [{ claimId: claim.id }, { quantity: { name: quantityName } }] } })
      await db.claim.delete({ where: { id: claim.id } })
    }
    await db.figure.deleteMany({ where: { quantity: { name: quantityName } } })
    await db.quantity.deleteMany({ where: { name: quantityName } })
    const axios = await db.source.findFirst({ where: { title: { startsWith: 'DOJ watchdog report' } }, select: { id: true } })
    await removeUnusedQuotes(db, [sourceId, axios?.id ?? ''].filter(Boolean), since)
    if (sourceId) await db.source.deleteMany({ where: { id: sourceId } })
    await story.cleanUp()
  }
})
