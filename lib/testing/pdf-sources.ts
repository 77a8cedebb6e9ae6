// For tests of what PDF sources look like: a fixture PDF (lib/pdf/fixtures) stored as a new source
// with its pages and original, read as an upload is (lib/pdf/read-isolated.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Db } from '../db'
import type { SourceKind } from '../generated/prisma/enums'
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
