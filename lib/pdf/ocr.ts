// A scanned PDF read by OCR: Tesseract (tesseract.js, its WebAssembly build, in a worker thread)
// with the English LSTM model from the @tesseract.js-data/eng package, read from disk. Nothing is
// downloaded: tesseract.js would fetch its model from a CDN only if it were not given `langPath`,
// and `cacheMethod: 'none'` keeps it from writing a copy into the working directory.
import { createRequire } from 'node:module'
import path from 'node:path'
import { createWorker, OEM, type Page as OcrPage, type Worker } from 'tesseract.js'
import { layOutPage, type TextRun } from './layout'
import { openPdf, pageLabels, type PDFPageProxy } from './open-pdf'
import { buildPdfText, drawsImage, type PageReading, pagesWithoutText, type PdfText, readPage, readTextLayer } from './pdf-text'
import { renderPage } from './render-page'

// The integer-quantised "best" LSTM model, tesseract.js's default for OEM.LSTM_ONLY (2.9 MB).
const ENGLISH = path.join(path.dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng')), '4.0.0_best_int')

/** Tesseract reads body text best at about 300 dots per inch. */
export const OCR_DPI = 300

export type OcrOptions = {
  /** Called with the pages read by OCR so far and how many it will read: (0, n) first, then after each. */
  onProgress?: (done: number, total: number) => void
  /** Stops between pages (the promise rejects with the signal's reason). */
  signal?: AbortSignal
  dpi?: number
}

type Rendered = { png: Buffer; scale: number; width: number; height: number }

async function render(page: PDFPageProxy, dpi: number): Promise<Rendered> {
  const { width, height } = page.getViewport({ scale: 1 })
  const canvas = await renderPage(page, dpi)
  return { png: await canvas.encode('png'), scale: canvas.width / width, width, height }
}

// OCR measures a row's height from the letters it finds (a row of figures has no descenders), so
// the sizes of one paragraph's rows differ by a tenth or more; within this fraction of the page's
// usual size they count as that size. A heading stays larger.
const SAME_SIZE = 0.25

/**
 * OCR's words in the page's points, as the text layer's would be, laid out the same way (lines
 * by baseline, two columns left first): Tesseract takes a narrow gutter for a word space.
 */
function ocrReading(result: OcrPage, { scale, width, height }: Rendered): PageReading {
  const lines = (result.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines))
  const sizes = lines.map((line) => (line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0) / scale)
  const usual = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 0
  const runs: TextRun[] = lines.flatMap((line, i) => {
    const baseline = (line.baseline.y0 + line.baseline.y1) / 2 / scale
    const size = Math.abs(sizes[i]! - usual) <= SAME_SIZE * usual ? usual : sizes[i]!
    return line.words
      .filter((word) => word.text.trim() !== '')
      .map((word) => ({ text: word.text, x: word.bbox.x0 / scale, y: baseline, width: (word.bbox.x1 - word.bbox.x0) / scale, size }))
  })
  return { layout: layOutPage(runs, width, height, true), sideways: [], ocr: true, confidence: Math.round(result.confidence) }
}

/**
 * The text of a PDF whose pages are scans (extractPdfText refused it with NEEDS_OCR), in the same
 * shape, with `ocr: true`. Each page with too little text that shows an image is drawn at `dpi`
 * and read by OCR, one page at a time (the next page is drawn while OCR reads this one); the
 * other pages keep their text layer. The same refusals as extractPdfText, except NEEDS_OCR.
 */
export async function ocrPdfText(bytes: Uint8Array, options: OcrOptions = {}): Promise<PdfText> {
  const { onProgress, signal, dpi = OCR_DPI } = options
  const pdf = await openPdf(bytes)
  let worker: Worker | null = null
  try {
    const labels = await pageLabels(pdf)
    const readings: PageReading[] = []
    for (let index = 1; index <= pdf.numPages; index++) readings.push(await readPage(pdf, index, readTextLayer))
    const scanned: number[] = []
    for (const i of pagesWithoutText(readings, labels)) if (await readPage(pdf, i + 1, drawsImage)) scanned.push(i)
    onProgress?.(0, scanned.length)
    if (scanned.length > 0) {
      worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath: ENGLISH, gzip: true, cacheMethod: 'none' })
      await worker.setParameters({ user_defined_dpi: String(dpi) })
    }
    const draw = (k: number) => {
      const drawing = readPage(pdf, scanned[k]! + 1, (page) => render(page, dpi))
      // Awaited on the next turn; until then a failure must not count as unhandled.
      drawing.catch(() => undefined)
      return drawing
    }
    let next = scanned.length > 0 ? draw(0) : null
    for (const [k, i] of scanned.entries()) {
      signal?.throwIfAborted()
      const image = await next!
      next = k + 1 < scanned.length ? draw(k + 1) : null
      const { data } = await worker!.recognize(image.png, {}, { blocks: true, text: false })
      readings[i] = ocrReading(data, image)
      onProgress?.(k + 1, scanned.length)
    }
    return buildPdfText(readings, labels)
  } finally {
    await worker?.terminate()
    await pdf.destroy()
  }
}
