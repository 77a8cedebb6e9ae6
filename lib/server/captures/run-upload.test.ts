// The upload job against the real database: an uploaded PDF becomes a source with its pages and
// its original, a scan is read by OCR with its progress on the capture, a refused PDF stores
// nothing and says why, and a PDF uploaded to a source becomes its next version, its quotes
// re-anchored and its pages its own.
import type PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import { closeQueue, openQueue } from '../../jobs/queue'
import { scannedPdf, textPdf } from '../../pdf/fixtures/generate'
import { pdfFixture } from '../../testing/pdf-sources'
import { requestUpload, type UploadDetails } from './request-upload'
import { runUpload } from './run-upload'

const url = process.env.DATABASE_URL!
const stamp = `${Date.now()}-${process.pid}`
const DETAILS: UploadDetails = { title: null, kind: 'GOVERNMENT_REPORT', publisher: 'Review Office', author: null, url: null, publishedOn: '2025-02-01' }

describe('reading an uploaded PDF', () => {
  const db = connectDb(url)
  let boss: PgBoss
  let uploader: { id: string }
  const sourceIds: string[] = []
  beforeAll(async () => {
    boss = await openQueue(url)
    uploader = await db.user.findFirstOrThrow({ where: { role: 'REVIEWER', disabledAt: null }, select: { id: true } })
  })
  afterAll(async () => {
    // Quotes hold their snapshots (Restrict): they go first.
    await db.quote.deleteMany({ where: { snapshot: { sourceId: { in: sourceIds } } } })
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await closeQueue()
    await db.$disconnect()
  })

  async function upload(bytes: Uint8Array, fileName: string, target: { details: UploadDetails } | { sourceId: string } = { details: DETAILS }) {
    const input = { bytes: new Uint8Array(bytes), fileName, ...target }
    const { id } = await db.$transaction((tx) => requestUpload(tx, boss, input, uploader.id))
    await runUpload({ id: 'job', data: { captureId: id, ...target }, isLastTry: true })
    const row = await db.capture.findUniqueOrThrow({
      where: { id },
      omit: { upload: false },
      include: { snapshot: { include: { original: true, pages: { orderBy: { index: 'asc' } } } }, source: true },
    })
    if (row.sourceId && !sourceIds.includes(row.sourceId)) sourceIds.push(row.sourceId)
    return row
  }

  /** The report fixture with this test run's stamp on its last page, so its text is new to the database. */
  const stampedReport = (extra: string, title: string | null = null) =>
    textPdf({
      title,
      labels: [[0, 'r'], [2, 'D']],
      pages: [
        { blocks: [{ lines: [`Annual review ${stamp}`], size: 18 }, { lines: ['Front matter of the annual review, set as its first page.'] }] },
        { head: 'Annual review', foot: 'Page ii', blocks: [{ lines: ['The foreword says the office met its targets for the year and its budget.'] }] },
        { head: 'Annual review', foot: 'Page 1', blocks: [{ lines: ['In 2024 the office received 1,204 complaints and upheld 311 of them after', 'review by a panel.'] }] },
        { head: 'Annual review', foot: 'Page 2', blocks: [{ lines: [`The panel met twelve times during the year. ${extra}`] }] },
      ],
    })

  it('stores a PDF as a new source with its pages, the form’s details and its original, and drops the upload', async () => {
    const pdf = await stampedReport('new source')
    const row = await upload(pdf, `annual-review_${stamp}.pdf`)
    expect(row).toMatchObject({ status: 'STORED', error: null, upload: null, fileName: `annual-review_${stamp}.pdf` })
    expect(row.source).toMatchObject({ kind: 'GOVERNMENT_REPORT', publisher: 'Review Office', createdById: uploader.id })
    expect(row.source!.publishedOn?.toISOString().slice(0, 10)).toBe('2025-02-01')
    expect(row.snapshot!.original).toMatchObject({ mediaType: 'application/pdf', size: pdf.length })
    expect(row.snapshot!.pages.map((page) => page.label ?? String(page.index))).toEqual(['i', 'ii', '1', '2'])
    expect(row.snapshot!.pages[1]!.furniture).toEqual(['Annual review', 'Page ii'])
  }, 30_000)

  it('titles a PDF as the form does, else as the PDF does, else after its file', async () => {
    const untitled = await upload(await stampedReport('untitled'), `annual_review-${stamp}.pdf`)
    expect(untitled.status).toBe('STORED')
    expect(untitled.source!.title).toBe(`annual review ${stamp.replace("-", " ")}`)
    const stated = await upload(await stampedReport('stated', 'Annual Review of the Office'), 'x.pdf')
    expect(stated.source!.title).toBe('Annual Review of the Office')
    const titled = await upload(await stampedReport('titled', 'Annual Review of the Office'), 'x.pdf', { details: { ...DETAILS, title: 'The annual review' } })
    expect(titled.source!.title).toBe('The annual review')
  }, 30_000)

  it('reads a scan by OCR, recording its progress on the capture, and marks its pages as read by OCR', async () => {
    const scan = await scannedPdf(await textPdf({ pages: [{ blocks: [{ lines: [`Scanned letter ${stamp.replace('-', ' ')}`], size: 18 }, { lines: ['The committee received 312 complaints in March.'] }] }] }))
    const row = await upload(scan, `scan-${stamp}.pdf`)
    expect(row).toMatchObject({ status: 'STORED', pagesRead: 1, pageCount: 1 })
    expect(row.snapshot!.pages).toEqual([expect.objectContaining({ index: 1, ocr: true, confidence: expect.any(Number) })])
    expect(row.snapshot!.text).toMatch(/The committee received 312 complaints in March\./)
  }, 120_000)

  it('refuses an encrypted or damaged PDF, saying why, and stores nothing', async () => {
    const encrypted = await upload(pdfFixture('encrypted.pdf'), 'locked.pdf')
    expect(encrypted).toMatchObject({ status: 'FAILED', sourceId: null, snapshotId: null, upload: null })
    expect(encrypted.error).toMatch(/protected by a password/)
    const damaged = await upload(pdfFixture('damaged.pdf'), 'broken.pdf')
    expect(damaged).toMatchObject({ status: 'FAILED', sourceId: null, upload: null })
    expect(damaged.error).toMatch(/This PDF can't be read/)
  }, 30_000)

  it('stores a PDF uploaded to a source as its next version: quotes re-anchor, pages are the new version’s', async () => {
    const first = await upload(await stampedReport('first'), `versions-${stamp}.pdf`)
    const sourceId = first.sourceId!
    const text = first.snapshot!.text
    const start = text.indexOf('received 1,204 complaints')
    await db.quote.create({ data: { snapshotId: first.snapshotId!, exact: 'received 1,204 complaints', prefix: text.slice(start - 20, start), suffix: text.slice(start + 25, start + 45), start, end: start + 25 } })

    const second = await upload(await stampedReport('A second paragraph was added at the end of this version.'), `versions-${stamp}.pdf`, { sourceId })
    expect(second).toMatchObject({ status: 'STORED', sourceId, upload: null })
    expect(second.snapshot!.version).toBe(2)
    expect(second.snapshot!.pages).toHaveLength(4)
    expect(second.snapshot!.text.slice(second.snapshot!.pages[3]!.start, second.snapshot!.pages[3]!.end)).toMatch(/A second paragraph was added/)
    const quote = await db.quote.findFirstOrThrow({ where: { snapshot: { sourceId } }, select: { snapshotId: true, anchorStatus: true } })
    expect(quote).toEqual({ snapshotId: second.snapshotId, anchorStatus: 'ANCHORED' })

    const again = await upload(await stampedReport('A second paragraph was added at the end of this version.'), 'again.pdf', { sourceId })
    expect(again).toMatchObject({ status: 'UNCHANGED', sourceId, snapshotId: null })
  }, 60_000)
})
