// The pages of quotes from PDF sources, for every page that cites them (docs/decisions/026): the
// pages are the snapshot's (SnapshotPage), and a quote's first and last page follow from its offsets.
import type { Db, DbTransaction } from '../db'
import { pagesOf, type QuotePages } from '../pdf/page-range'

type QuotedSpan = { id: string; snapshotId: string; start: number; end: number }

/**
 * Each quote's pages by quote id; quotes from sources that are not PDFs have none. The caller has
 * read the quotes through its own access rules: pages say nothing their quotes do not.
 */
export async function quotePages(db: Db | DbTransaction, quotes: QuotedSpan[]): Promise<Map<string, QuotePages>> {
  const snapshotIds = [...new Set(quotes.map((quote) => quote.snapshotId))]
  if (snapshotIds.length === 0) return new Map()
  const rows = await db.snapshotPage.findMany({
    where: { snapshotId: { in: snapshotIds } },
    orderBy: [{ snapshotId: 'asc' }, { index: 'asc' }],
    select: { snapshotId: true, index: true, label: true, start: true, end: true },
  })
  const bySnapshot = new Map<string, typeof rows>()
  for (const row of rows) bySnapshot.set(row.snapshotId, [...(bySnapshot.get(row.snapshotId) ?? []), row])
  const found = new Map<string, QuotePages>()
  for (const quote of quotes) {
    const pages = bySnapshot.get(quote.snapshotId)
    const range = pages ? pagesOf(pages, quote.start, quote.end) : null
    if (range) found.set(quote.id, range)
  }
  return found
}
