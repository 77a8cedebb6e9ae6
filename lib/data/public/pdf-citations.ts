// How a public quote from a PDF is cited: by its pages ("pp. 2–3"), with the original opened at the
// first of them. Pages are read for quotes a public read has already returned through visibility.ts,
// and only on versions the public reads (adopted ones): a quote says nothing of any other snapshot.
import type { Db, DbTransaction } from '../../db'
import { opensInViewer } from '../../http/original-response'
import { citePages, type QuotePages } from '../../pdf/page-range'
import type { Prisma } from '../../generated/prisma/client'
import { quotePages } from '../quote-pages'

/** What a read selects of a quote's snapshot to cite it by page, beside its own fields. */
export const CITED_SNAPSHOT = { version: true, adoptedAt: true, original: { select: { mediaType: true } } } as const satisfies Prisma.SourceSnapshotSelect

type CitableQuote = {
  id: string
  snapshotId: string
  start: number
  end: number
  snapshot: { version: number; adoptedAt: Date | null; original: { mediaType: string } | null; source: { id: string } }
}

/**
 * A quote's pages, how they are cited, and the path of its original opened at the first of them
 * (`#page=` counts the file's pages from 1, whatever the printed labels say); null when no PDF
 * original was kept to open.
 */
export type PdfCitation = { pages: QuotePages; cite: string; originalAtPage: string | null }

/** The original of a version, opened at a file page: what `#page=` takes in Chromium's and Firefox's viewers. */
export const originalAtPage = (sourceId: string, version: number, fileIndex: number) => `/sources/${sourceId}/original?version=${version}#page=${fileIndex}`

/** The citation of each quote from a PDF, by quote id; other quotes have none. */
export async function pdfCitations(db: Db | DbTransaction, quotes: readonly CitableQuote[]): Promise<Map<string, PdfCitation>> {
  const adopted = quotes.filter((quote) => quote.snapshot.adoptedAt !== null)
  const unique = [...new Map(adopted.map((quote) => [quote.id, quote])).values()]
  const pages = await quotePages(db, unique)
  const citations = new Map<string, PdfCitation>()
  for (const quote of unique) {
    const range = pages.get(quote.id)
    if (!range) continue
    const { snapshot } = quote
    const canOpen = snapshot.original !== null && opensInViewer(snapshot.original.mediaType)
    citations.set(quote.id, { pages: range, cite: citePages(range), originalAtPage: canOpen ? originalAtPage(snapshot.source.id, snapshot.version, range.firstIndex) : null })
  }
  return citations
}
