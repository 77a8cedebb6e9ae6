// The capture job's work against the real database and a local web server: a page becomes a source
// with its original and the metadata it states, in the asker's name; what cannot be captured ends
// the capture with the reason, and nothing half-stored.
import type PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AddressPolicy } from '../../capture'
import { connectDb } from '../../db'
import { closeQueue, openQueue } from '../../jobs/queue'
import { startLocalWebServer, type LocalWebServer } from '../../testing/local-web-server'
import { textPdf } from '../../pdf/fixtures/generate'
import { requestCapture } from './request-capture'
import { runImportCapture } from './run-import-capture'

const url = process.env.DATABASE_URL!
const LOCAL: AddressPolicy = { allowPrivateAddresses: true, allowAnyPort: true }
const stamp = `${Date.now()}-${process.pid}`

const ARTICLE = `<!doctype html><html><head><title>Shelters turn families away – The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-03-12T08:00:00Z">
<link rel="canonical" href="https://ledger.example/shelters-${stamp}"></head><body><article>
<h1>Shelters turn families away</h1>
<p>The council placed 1,240 families in temporary housing last year, up from 980 the year before, its accounts show (${stamp}).</p>
<p>Officials said at least 300 of them waited more than six weeks, and that the cost rose to £41.6m in 2023-24.</p>
<p>A spokesperson said the figures reflected a shortage of social homes across the borough and beyond it.</p>
</article></body></html>`

describe('capturing a web address', () => {
  const db = connectDb(url)
  let server: LocalWebServer
  let boss: PgBoss
  let asker: { id: string }
  const sourceIds: string[] = []
  let report: Uint8Array
  beforeAll(async () => {
    report = await textPdf({ pages: [{ blocks: [{ lines: [`Prosecutions Review ${stamp}`], size: 18 }] }, { foot: 'Page 2', blocks: [{ lines: ['The service brought 48,210 prosecutions in the year.'] }] }] })
    boss = await openQueue(url)
    asker = await db.user.findFirstOrThrow({ where: { role: 'REVIEWER', disabledAt: null }, select: { id: true } })
    server = await startLocalWebServer({
      '/article': (_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Wed, 12 Mar 2025 08:00:00 GMT' }).end(ARTICLE),
      '/cut-short.pdf': (_, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n'),
      '/files/Prosecutions%20Review.pdf': (_, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end(report),
    })
  })
  afterAll(async () => {
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await server.close()
    await closeQueue()
    await db.$disconnect()
  })

  async function capture(path: string, policy = LOCAL) {
    const { id } = await db.$transaction((tx) => requestCapture(tx, boss, { url: `${server.origin}${path}`, kind: 'NEWS_ARTICLE' }, asker.id))
    await runImportCapture({ id: 'job', data: { captureId: id, kind: 'NEWS_ARTICLE' }, isLastTry: false }, { policy })
    const row = await db.capture.findUniqueOrThrow({ where: { id }, include: { snapshot: { include: { original: { omit: { bytes: false } } } }, source: true } })
    if (row.sourceId) sourceIds.push(row.sourceId)
    return row
  }

  it('stores a page as a new source with its original, what answered, and the metadata it states', async () => {
    const row = await capture('/article')
    expect(row).toMatchObject({ status: 'STORED', httpStatus: 200, mediaType: 'text/html', etag: '"v1"', lastModified: 'Wed, 12 Mar 2025 08:00:00 GMT', finalUrl: `${server.origin}/article`, error: null })
    expect(row.source).toMatchObject({ title: 'Shelters turn families away', publisher: 'The Ledger', author: 'Ana Ruiz', url: `https://ledger.example/shelters-${stamp}`, createdById: asker.id })
    expect(row.source!.publishedOn?.toISOString().slice(0, 10)).toBe('2025-03-12')
    expect(row.snapshot!.text).toContain('1,240 families')
    expect(row.snapshot!.capturedById).toBe(asker.id)
    expect(Buffer.from(row.snapshot!.original!.bytes).toString('utf8')).toBe(ARTICLE)
    expect(row.snapshot!.original!.mediaType).toBe('text/html; charset=utf-8')
    // Its figures are offered as for any import, dated by the page's own date.
    const figure = await db.suggestion.findFirstOrThrow({ where: { snapshotId: row.snapshotId!, kind: 'FIGURE', exact: { startsWith: '1,240' } }, select: { figure: true } })
    expect(figure.figure).toMatchObject({ period: { start: '2024-01-01', end: '2024-12-31' } })
  })

  it('refuses the same page twice, naming the source that holds it', async () => {
    const row = await capture('/article')
    expect(row.status).toBe('FAILED')
    expect(row.error).toMatch(/already imported, as version 1 of “Shelters turn families away”/)
    expect(row.sourceId).toBeNull()
  })

  it('ends a capture of a missing page or a damaged PDF with the reason, storing nothing', async () => {
    const missing = await capture('/gone')
    expect(missing).toMatchObject({ status: 'FAILED', httpStatus: 404, sourceId: null })
    expect(missing.error).toMatch(/answered 404 \(Not Found\): the page is not there/)
    const pdf = await capture('/cut-short.pdf')
    expect(pdf).toMatchObject({ status: 'FAILED', sourceId: null })
    expect(pdf.error).toMatch(/This PDF can't be read: the file is cut short/)
  })

  it('reads an address that answers with a PDF page by page, keeping the PDF as its original', async () => {
    const row = await capture('/files/Prosecutions%20Review.pdf')
    expect(row).toMatchObject({ status: 'STORED', mediaType: 'application/pdf', error: null })
    expect(row.snapshot!.original).toMatchObject({ mediaType: 'application/pdf', fileName: 'Prosecutions Review.pdf' })
    expect(Buffer.from(row.snapshot!.original!.bytes).equals(Buffer.from(report))).toBe(true)
    const pages = await db.snapshotPage.findMany({ where: { snapshotId: row.snapshotId! }, orderBy: { index: 'asc' }, select: { index: true, start: true } })
    expect(pages.map((page) => page.index)).toEqual([1, 2])
    expect(row.snapshot!.text.slice(pages[1]!.start)).toBe('The service brought 48,210 prosecutions in the year.')
  }, 30_000)

  it('refuses a private address without connecting when private addresses are not allowed', async () => {
    const before = server.connections()
    const row = await capture('/article', { allowPrivateAddresses: false, allowAnyPort: false })
    expect(row.status).toBe('FAILED')
    expect(row.error).toMatch(/Claimtrail never fetches|port/)
    expect(server.connections()).toBe(before)
  })
})
