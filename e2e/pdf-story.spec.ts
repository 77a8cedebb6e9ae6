// Issue 16, the whole story: a reviewer uploads a PDF report, quotes a sentence that runs across a
// page break, records a figure from its table; a verdict is published, and the public claim page
// cites the quote by its pages and links to the PDF at the first of them.
import { stampedReport } from '../lib/testing/pdf-sources'
import { expect } from './fixtures'
import { selectPassage } from './reader'
import { approveAndPublish, draftAndSubmit, signInAs, statusIn, test } from './verdict-data'

const ACROSS_THE_BREAK = 'The number of cases referred by the police fell for the third year in a row, while the number of cases dropped before trial rose by 12 per cent.'

test('A quote across a PDF page break is published citing both pages, with a link to the PDF at the first', async ({ page, db, story, isMobile }) => {
  test.setTimeout(180_000)
  const reviewer = await story.person('REVIEWER', 'PDF Reviewer')
  const editor = await story.person('EDITOR', 'PDF Editor')
  const title = `Prosecutions Review 2024 (${story.stamp})`
  const claimText = `Cases dropped before trial rose by 12 per cent in 2024 (${story.stamp})`
  const quantityName = `Prosecutions in the North (${story.stamp})`
  let sourceId = ''
  try {
    // The reviewer uploads the report; the job reads it and the capture's page leads to it.
    await signInAs(page, reviewer)
    await page.goto('/review/sources/new')
    await page.getByLabel('Or upload a file').setInputFiles({ name: 'prosecutions-review-2024.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await stampedReport(story.stamp)) })
    await page.getByLabel('Kind').last().selectOption({ label: 'Government report' })
    await page.getByRole('button', { name: 'Import source' }).click()
    await expect(page.getByRole('heading', { name: 'Stored' })).toBeVisible({ timeout: 30_000 })
    await page.getByRole('link', { name: title }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    sourceId = new URL(page.url()).pathname.split('/').at(-1)!

    // A claim from the sentence that runs from page 2 onto page 3.
    await selectPassage(page, ACROSS_THE_BREAK, isMobile)
    await page.getByLabel('Claim', { exact: true }).fill(claimText)
    await page.getByRole('button', { name: 'Create claim' }).click()
    await expect(statusIn(page).filter({ hasText: 'Saved to the claim' })).toBeVisible()
    const claim = await db.claim.findFirstOrThrow({ where: { text: claimText }, select: { id: true, slug: true } })

    // A figure from the table on page 2: the North's prosecutions in 2024.
    await selectPassage(page, '1,452', isMobile)
    await page.getByLabel('Create a figure').check()
    await expect(page.getByLabel('Value')).toHaveValue('1452')
    await page.getByLabel('Unit', { exact: true }).fill('prosecutions')
    await page.getByLabel('Quantity measured').selectOption({ label: 'New quantity…' })
    await page.getByLabel('New quantity’s name').fill(quantityName)
    await page.getByRole('button', { name: 'Save figure' }).click()
    await expect(statusIn(page).filter({ hasText: `Figure saved for “${quantityName}”` })).toBeVisible()
    const figure = await db.figure.findFirstOrThrow({ where: { quantity: { name: quantityName } }, select: { value: true, quote: { select: { exact: true } } } })
    expect(figure.value?.toNumber()).toBe(1452)
    expect(figure.quote.exact).toBe('1,452')

    // The reviewer drafts and submits a verdict citing the passage; an editor approves and publishes it.
    await page.goto(`/review/claims/${claim.id}/verdict`)
    await draftAndSubmit(page, {
      rating: /^True/,
      summary: `The review reports a 12 per cent rise in cases dropped before trial (${story.stamp}).`,
      rationale: 'The figure is in the **Prosecutions Review 2024**, pages 2 and 3.',
    })
    await approveAndPublish(page, editor, claim.id)

    // The public claim page cites the quote by both its pages and links to the PDF at the first.
    await page.context().clearCookies()
    await page.goto(`/claims/${claim.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claimText)
    const passage = page.getByRole('main').getByText(ACROSS_THE_BREAK).first()
    await expect(passage).toBeVisible()
    await expect(page.getByRole('main')).toContainText('pp. 2–3')
    const pdfLink = page.getByRole('main').locator('a[href*="/original?version=1#page=4"]').first()
    await expect(pdfLink).toBeVisible()
    const href = (await pdfLink.getAttribute('href'))!
    expect(href).toBe(`/sources/${sourceId}/original?version=1#page=4`)
    const pdf = await page.request.get(href.replace(/#.*$/, ''))
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
  } finally {
    // The claim was made in the browser: it goes with its appearances and verdicts (cascades).
    await db.claim.deleteMany({ where: { text: claimText } })
    await db.figure.deleteMany({ where: { quantity: { name: quantityName } } })
    await db.quantity.deleteMany({ where: { name: quantityName } })
    await story.cleanUp()
    if (sourceId) {
      await db.verdictEvidence.deleteMany({ where: { quote: { snapshot: { sourceId } } } })
      await db.quote.deleteMany({ where: { snapshot: { sourceId } } })
      await db.source.deleteMany({ where: { id: sourceId } })
    }
  }
})
