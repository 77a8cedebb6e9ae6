// What the text-layer reader and the OCR reader share: reading a page's text layer into lines,
// telling a scanned page from a page of text, and making the result from the pages' lines.
import { OPS, Util } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ImportError } from '../import/import-error'
import { MAX_TEXT_LENGTH, textTooLong } from '../import/text-limits'
import { assembleText } from './assemble'
import { findFurniture, separateFurniture } from './furniture'
import { layOutPage, type PageLayout, type TextRun } from './layout'
import { damaged, type PDFDocumentProxy, type PDFPageProxy } from './open-pdf'

export type PdfPage = {
  /** 1-based position in the file. */
  index: number
  /** The label the PDF gives the page ('ii', '42', 'A-3') when it is not `String(index)`. */
  label: string | null
  /** The page's running text is text.slice(start, end) (UTF-16 offsets); start === end when it has none. */
  start: number
  end: number
  /**
   * Running heads, footers and page numbers on this page (top to bottom), then any text not set
   * horizontally (a watermark, a margin note turned on its side): all kept out of `text`.
   */
  furniture: string[]
  /** This page's text was read by OCR. */
  ocr: boolean
  /** OCR's mean confidence in the page's words, 0–100; null for a text layer. */
  confidence: number | null
}

export type PdfText = {
  /** The snapshot text, normalised as normalizeText leaves it: paragraphs separated by "\n\n". */
  text: string
  pages: PdfPage[]
  /** Some of the text (see each page's `ocr`) was read by OCR. */
  ocr: boolean
}

/** A page's text layer, laid out, with the text it draws at an angle set apart. */
export type PageReading = { layout: PageLayout; sideways: string[]; ocr: boolean; confidence: number | null }

// A page whose running text has fewer letters and digits than this has no text layer to speak of
// (a scanner's stamp, a fax header): if it shows an image, OCR reads it.
export const MIN_PAGE_CHARACTERS = 24

const brokenPage = (index: number, error: unknown) => damaged(`page ${index} is broken (${error instanceof Error ? error.message : String(error)}).`)

/** What pdf.js makes of a page, or DAMAGED when it cannot make it (stopAtErrors is on). */
export async function fromPdf<T>(page: PDFPageProxy, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw brokenPage(page.pageNumber, error)
  }
}

/** Page `index` (1-based) given to `read`, then its resources freed. */
export async function readPage<T>(pdf: PDFDocumentProxy, index: number, read: (page: PDFPageProxy) => Promise<T>): Promise<T> {
  let page: PDFPageProxy
  try {
    page = await pdf.getPage(index)
  } catch (error) {
    throw brokenPage(index, error)
  }
  try {
    return await read(page)
  } finally {
    page.cleanup()
  }
}

/** The page's text layer as runs in page space (points, y down), horizontal text only. */
export async function readTextLayer(page: PDFPageProxy): Promise<PageReading> {
  const viewport = page.getViewport({ scale: 1 })
  const content = await fromPdf(page, () => page.getTextContent())
  const runs: TextRun[] = []
  const sideways: string[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue
    // Into the page as shown (its /Rotate applied, y down), where reading order is decided.
    const [a, b, c, d, x, y] = Util.transform(viewport.transform, item.transform) as number[]
    if (Math.abs(b!) > 1e-3 * Math.abs(a!) || Math.abs(c!) > 1e-3 * Math.abs(d!) || a! <= 0) sideways.push(item.str.trim())
    else runs.push({ text: item.str, x: x!, y: y!, width: item.width * viewport.scale, size: Math.abs(d!) })
  }
  return { layout: layOutPage(runs, viewport.width, viewport.height), sideways, ocr: false, confidence: null }
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat])

/** The page draws an image (a scan is one image a page). */
export async function drawsImage(page: PDFPageProxy): Promise<boolean> {
  const operators = await fromPdf(page, () => page.getOperatorList())
  return operators.fnArray.some((fn) => IMAGE_OPS.has(fn))
}

/** Which pages (0-based) have too little running text to be read from their text layer. */
export function pagesWithoutText(readings: PageReading[], labels: Array<string | null>): number[] {
  const furniture = findFurniture(
    readings.map((reading) => reading.layout),
    labels,
  )
  return readings.flatMap((reading, i) => {
    const { lines } = separateFurniture(reading.layout, furniture[i]!)
    const characters = lines.reduce((count, line) => count + (line.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0)
    return characters < MIN_PAGE_CHARACTERS ? [i] : []
  })
}

/** The result from every page's reading: furniture found across pages, then the text assembled. */
export function buildPdfText(readings: PageReading[], labels: Array<string | null>): PdfText {
  const furniture = findFurniture(
    readings.map((reading) => reading.layout),
    labels,
  )
  const separated = readings.map((reading, i) => separateFurniture(reading.layout, furniture[i]!))
  const { text, spans } = assembleText(separated)
  if (text.length > MAX_TEXT_LENGTH) throw new ImportError('TOO_LONG', textTooLong(text.length))
  if (text === '') throw new ImportError('EMPTY', 'This PDF has no text to import: its pages are blank, or their text could not be read.')
  const pages = readings.map((reading, i) => ({
    index: i + 1,
    label: labels[i] ?? null,
    start: spans[i]!.start,
    end: spans[i]!.end,
    furniture: [...separated[i]!.furniture, ...reading.sideways],
    ocr: reading.ocr,
    confidence: reading.confidence,
  }))
  return { text, pages, ocr: readings.some((reading) => reading.ocr) }
}
