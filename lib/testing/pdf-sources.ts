// For tests of what PDF sources look like: a fixture PDF (lib/pdf/fixtures) stored as a new source
// with its pages and original, read as an upload is (lib/pdf/read-isolated.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '../db'
import type { SourceKind } from '../generated/prisma/enums'
import { scannedPdf, textPdf } from '../pdf/fixtures/generate'
import { REPORT, SCAN } from '../pdf/fixtures/make-fixtures'
import { readPdfIsolated } from '../pdf/read-isolated'
import { createSource } from '../server/sources/create-source'

export const PDF_FIXTURES = path.join(process.cwd(), 'lib', 'pdf', 'fixtures')

/** The bytes of a fixture PDF: 'report.pdf' (7 pages, roman front matter, a sentence over a page break), 'scan.pdf' (OCR). */
export const pdfFixture = (name: string) => new Uint8Array(readFileSync(path.join(PDF_FIXTURES, name)))

/** Stores `bytes` (a fixture's by default) as a new source titled `title`, in `actorId`'s name. */
export async function storePdfSource(db: Db, input: { title: string; actorId: string; fixture?: string; bytes?: Uint8Array; kind?: SourceKind }) {
  const fileName = input.fixture ?? 'report.pdf'
  const bytes = input.bytes ?? pdfFixture(fileName)
  const pdf = await readPdfIsolated(bytes)
  const details = { title: input.title, kind: input.kind ?? 'GOVERNMENT_REPORT', publisher: null, author: null, url: null, publishedOn: null }
  const original = { bytes: new Uint8Array(bytes), mediaType: 'application/pdf', fileName }
  return db.$transaction((tx) => createSource(tx, details, { text: pdf.text, original, pages: pdf.pages }, input.actorId), { timeout: 60_000 })
}

/**
 * report.pdf's pages with `stamp` on its cover, and in its title: the same pages and page breaks,
 * a text no other test has stored (the same text is never imported twice).
 */
export function stampedReport(stamp: string): Promise<Uint8Array> {
  const [cover, ...rest] = REPORT.pages
  return textPdf({ ...REPORT, title: `Prosecutions Review 2024 (${stamp})`, pages: [{ ...cover!, blocks: [...cover!.blocks, { lines: [`Copy ${stamp}.`] }] }, ...rest] })
}

/** scan.pdf's page `pages` times, with `stamp` and the page's number under its text, scanned: read by OCR. It states no title. */
export async function stampedScan(stamp: string, pages = 1): Promise<Uint8Array> {
  const [page] = SCAN.pages
  const copy = (n: number) => ({ ...page!, blocks: [...page!.blocks, { size: 14, lines: [`Copy ${stamp.replace(/\W+/g, ' ')}, page ${n}.`] }] })
  return scannedPdf(await textPdf({ ...SCAN, title: null, pages: Array.from({ length: pages }, (_, i) => copy(i + 1)) }))
}
