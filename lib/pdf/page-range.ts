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

/**
 * The first and last page of a quote [start, end) of the text, by name ('ii', '4'): a quote that
 * runs over a page break names both pages. Null when the quote is not in the text.
 */
export function pagesOf(pages: PageSpan[], start: number, end: number): { first: string; last: string } | null {
  const first = pageAt(pages, start)
  // The last character's page; an empty quote is on the page it points at.
  const last = end > start ? pages.findLast((page) => page.start < page.end && page.start < end) : first
  if (!first || !last || last.index < first.index) return null
  return { first: pageName(first), last: pageName(last) }
}
