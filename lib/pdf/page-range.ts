import type { PdfPage } from './pdf-text'

type PageSpan = Pick<PdfPage, 'index' | 'label' | 'start' | 'end'>

/** How a page is cited: its label when the PDF gives one ('ii'), else its index ('3'). */
export const pageName = (page: Pick<PdfPage, 'index' | 'label'>) => page.label ?? String(page.index)

/**
 * The page an offset of the text falls on: the page whose running text holds it, or, for an offset
 * between pages (the blank line at a break), the page after it. Null past the text's end.
 */
export function pageAt<T extends PageSpan>(pages: T[], offset: number): T | null {
  return pages.find((page) => page.start < page.end && offset < page.end) ?? null
}

/** A quote's pages: the first and last by name ('ii', '4'), and their 1-based positions in the file (`#page=`). */
export type QuotePages = { first: string; last: string; firstIndex: number; lastIndex: number }

/**
 * The first and last page of a quote [start, end) of the text: a quote that runs over a page
 * break names both pages. Null when the quote is not in the text.
 */
export function pagesOf(pages: PageSpan[], start: number, end: number): QuotePages | null {
  const first = pageAt(pages, start)
  // The last character's page; an empty quote is on the page it points at.
  const last = end > start ? pages.findLast((page) => page.start < page.end && page.start < end) : first
  if (!first || !last || last.index < first.index) return null
  return { first: pageName(first), last: pageName(last), firstIndex: first.index, lastIndex: last.index }
}

/** How a quote's pages are cited: "p. 42", or "pp. 42–43" for a quote over a page break. */
export const citePages = ({ first, last }: Pick<QuotePages, 'first' | 'last'>) => (first === last ? `p. ${first}` : `pp. ${first}–${last}`)
