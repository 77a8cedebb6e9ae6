// Issue 16: a reviewer uploads a PDF; it is read by a job (a scan by OCR, its pages counted on the
// capture's page) and stored with its pages and the PDF itself; what cannot be read says why.
import { writeFileSync } from 'node:fs'
import { pdfFixture, stampedReport, stampedScan } from '../lib/testing/pdf-sources'
import { apiLogin, DEMO, expect, test } from './fixtures'

const uploadPdf = async (page: import('@playwright/test').Page, name: string, buffer: Buffer) => {
  await page.goto('/review/sources/new')
  await page.getByLabel('Or upload a file').setInputFiles({ name, mimeType: 'application/pdf', buffer })
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page).toHaveURL(/\/review\/captures\/\w+$/)
}

test('A reviewer uploads a PDF report and finds it stored with its pages and the PDF itself', async ({ page, db }, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`
  await apiLogin(page, DEMO.reviewer)
  await uploadPdf(page, `prosecutions-review-${stamp}.pdf`, Buffer.from(await stampedReport(stamp)))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upload of a PDF')
  await expect(page.getByRole('heading', { name: 'Stored' })).toBeVisible({ timeout: 30_000 })
  const progress = page.getByRole('region', { name: 'Stored' })
  await expect(progress).toContainText(`File uploaded${`prosecutions-review-${stamp}.pdf`}`)
  await expect(progress).toContainText('Uploaded byRiley Reviewer')
  await progress.getByRole('link', { name: `Prosecutions Review 2024 (${stamp})` }).click()
  await expect(page).toHaveURL(/\/review\/sources\/\w+$/)
  const sourceId = new URL(page.url()).pathname.split('/').at(-1)!
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Prosecutions Review 2024 (${stamp})`)
    // The running heads and footers are kept out of the text.
    await expect(page.locator('[data-source-text]')).toContainText('number of cases dropped before trial rose by 12 per cent.')
    const snapshot = await db.sourceSnapshot.findFirstOrThrow({ where: { sourceId }, select: { text: true, pages: { orderBy: { index: 'asc' }, select: { label: true } }, original: { select: { mediaType: true } } } })
    expect(snapshot.pages.map((p) => p.label)).toEqual(['i', 'ii', '1', '2', '3', '4', '5'])
    expect(snapshot.text).not.toContain('Page ii')
    expect(snapshot.original).toEqual({ mediaType: 'application/pdf' })
    const original = await page.request.get(`/review/sources/${sourceId}/versions/1/original`)
    expect(original.status()).toBe(200)
    expect(original.headers()['content-type']).toBe('application/pdf')
    expect((await original.body()).subarray(0, 5).toString()).toBe('%PDF-')
  } finally {
    await db.source.deleteMany({ where: { id: sourceId } })
  }
})

test('A scanned PDF is read by OCR page by page, and the reviewer sees the pages counted', async ({ page, db }, testInfo) => {
  test.setTimeout(120_000)
  const stamp = `${testInfo.project.name}-${Date.now()}`
  await apiLogin(page, DEMO.reviewer)
  // Three pages: OCR takes a few seconds each, long enough to watch.
  await uploadPdf(page, `scanned-letter-${stamp}.pdf`, Buffer.from(await stampedScan(stamp, 3)))
  await expect(page.getByText(/Reading by OCR: [0-2] of 3 scanned pages read/)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('progressbar', { name: 'Pages read by OCR' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Stored' })).toBeVisible({ timeout: 90_000 })
  await expect(page.getByRole('link', { name: `scanned letter ${stamp.replace('-', ' ')}` })).toBeVisible()
  const capture = await db.capture.findFirstOrThrow({ where: { fileName: `scanned-letter-${stamp}.pdf` }, select: { sourceId: true, pagesRead: true, pageCount: true, snapshot: { select: { text: true, pages: { select: { ocr: true } } } } } })
  try {
    expect(capture).toMatchObject({ pagesRead: 3, pageCount: 3, snapshot: { pages: [{ ocr: true }, { ocr: true }, { ocr: true }] } })
    expect(capture.snapshot!.text).toContain('The committee received 312 complaints in March')
  } finally {
    if (capture.sourceId) await db.source.deleteMany({ where: { id: capture.sourceId } })
  }
})

test('A PDF that cannot be read is refused with why, and nothing is stored', async ({ page, db }, testInfo) => {
  const fileName = `locked-${testInfo.project.name}-${Date.now()}.pdf`
  await apiLogin(page, DEMO.reviewer)
  // Protected by a password: only reading it can tell, so the job says so on the capture's page.
  await uploadPdf(page, fileName, Buffer.from(pdfFixture('encrypted.pdf')))
  await expect(page.getByRole('heading', { name: 'Failed' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('status')).toContainText('This PDF is protected by a password.')
  expect(await db.capture.findFirstOrThrow({ where: { fileName }, select: { sourceId: true, snapshotId: true, upload: true } })).toEqual({ sourceId: null, snapshotId: null, upload: null })

  // Too large: the form says so at once and is not sent.
  await page.goto('/review/sources/new')
  // Playwright hands a file over 50 MB to the browser by its path only.
  const huge = testInfo.outputPath('huge.pdf')
  writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 'a'))
  await page.getByLabel('Or upload a file').setInputFiles(huge)
  await expect(page.getByText('This PDF is 51.0 MB; PDFs of at most 50 MB can be imported.')).toBeVisible()
  await page.getByRole('button', { name: 'Import source' }).click()
  await expect(page).toHaveURL(/\/review\/sources\/new$/)
  expect(await db.capture.count({ where: { fileName: 'huge.pdf' } })).toBe(0)
})
