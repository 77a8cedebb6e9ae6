// A snapshot's text as the reader lays it out: runs between quote boundaries (./highlight) and,
// for a PDF snapshot, a marker where each page starts. A marker is no part of the text: it sits
// between runs, each run keeps its offset, and a quote over a page break is split around it.
import type { PdfPage } from '../pdf/pdf-text'
import { splitHighlights, type HighlightRange, type TextRun } from './highlight'

/** A PDF snapshot's page as the reader marks it: as lib/pdf reads it and SnapshotPage stores it (SNAPSHOT_PAGES). */
export type ReaderPage = PdfPage

export type TextPiece<P extends ReaderPage = ReaderPage> =
  | (TextRun & {
      kind: 'text'
      /** Offset of the run in the text. */
      start: number
      /**
       * The blank line or space between two pages: the marker between them stands in for it on
       * screen, but it stays in the markup so every offset is as in the text.
       */
      isPageGap: boolean
    })
  | { kind: 'page'; page: P; start: number }

/** The whitespace between one page's running text and the next's, as [start, end) ranges. */
function pageGaps(text: string, pages: readonly ReaderPage[]): Array<[number, number]> {
  const gaps: Array<[number, number]> = []
  pages.forEach((page, i) => {
    const from = i === 0 ? 0 : pages[i - 1]!.end
    if (from < page.start && /^\s+$/.test(text.slice(from, page.start))) gaps.push([from, page.start])
  })
  return gaps
}

/**
 * The text's runs in order, with a page marker before the run where each page starts (a page with
 * no running text too); `pages` in order, as SNAPSHOT_PAGES reads them, or none for other sources.
 */
export function pieceText<P extends ReaderPage>(text: string, quotes: readonly HighlightRange[], pages: readonly P[] = []): Array<TextPiece<P>> {
  const gaps = pageGaps(text, pages)
  const runs = splitHighlights(text, quotes, [...pages.map((page) => page.start), ...gaps.flat()])
  const pending = [...pages].sort((a, b) => a.start - b.start || a.index - b.index)
  const pieces: Array<TextPiece<P>> = []
  const markPagesUpTo = (offset: number) => {
    while (pending.length > 0 && pending[0]!.start <= offset) {
      const page = pending.shift()!
      pieces.push({ kind: 'page', page, start: page.start })
    }
  }
  let at = 0
  for (const run of runs) {
    markPagesUpTo(at)
    // A quote's first run stays shown wherever it falls, so its #q- link has a place to scroll to.
    const isPageGap = run.startIds.length === 0 && gaps.some(([from, to]) => from <= at && at + run.text.length <= to)
    pieces.push({ kind: 'text', ...run, start: at, isPageGap })
    at += run.text.length
  }
  markPagesUpTo(Infinity)
  return pieces
}
