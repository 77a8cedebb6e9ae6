// The words for a PDF snapshot's page, as the reader's page markers and OCR notices say them.
import type { ReaderPage } from '../anchoring/page-pieces'
import { pageName } from '../pdf/page-range'

/** "read by OCR, 91% confidence" for a page Tesseract read; null for a text layer. */
export function ocrNote(page: Pick<ReaderPage, 'ocr' | 'confidence'>): string | null {
  if (!page.ocr) return null
  return page.confidence === null ? 'read by OCR' : `read by OCR, ${Math.round(page.confidence)}% confidence`
}

// What a page number is printed with: "Page 2", "p. 2", "- 2 -", "(ii)", "| 4 |".
const squash = (words: string) => words.toLowerCase().replace(/^\s*(page|p\.)\s*/, '').replace(/[\s\-–—()[\]|·.]/g, '')

/** A line of furniture that only numbers its own page: the marker says that already. */
const isOwnNumber = (line: string, page: Pick<ReaderPage, 'index' | 'label'>) => squash(line) === squash(pageName(page))

export type PageMarkerWords = {
  /** "Page 3", "Page ii". */
  name: string
  /** "page 5 of the file" when the PDF labels the page otherwise; else null. */
  position: string | null
  ocr: string | null
  /** Running heads and footers kept out of the text, without the page's own number. */
  furniture: string[]
}

export function pageMarkerWords(page: ReaderPage): PageMarkerWords {
  return {
    name: `Page ${pageName(page)}`,
    position: page.label !== null && page.label !== String(page.index) ? `page ${page.index} of the file` : null,
    ocr: ocrNote(page),
    furniture: page.furniture.filter((line) => line.trim() !== '' && !isOwnNumber(line, page)),
  }
}

/** The pages read by OCR, by name ("1", "ii"), for the notice above the text. */
export const ocrPageNames = (pages: readonly ReaderPage[]) => pages.filter((page) => page.ocr).map(pageName)
