import { formatNumber } from '../format'
import { ImportError } from '../import/import-error'
import { openPdf, pageLabels } from './open-pdf'
import { buildPdfText, drawsImage, type PageReading, pagesWithoutText, type PdfText, readPage, readTextLayer } from './pdf-text'

function whatIsScanned(textless: number, pages: number): string {
  if (textless === pages) return 'This PDF has no text layer to read: its pages are images of text (a scan).'
  if (textless === 1) return `1 of this PDF's ${formatNumber(pages)} pages has no text layer and shows an image (a scanned page).`
  return `${formatNumber(textless)} of this PDF's ${formatNumber(pages)} pages have no text layer, and some show images (scanned pages).`
}

/**
 * The text of a PDF from its text layer, in reading order, with where each page starts.
 *
 * Refuses with an ImportError: TOO_LARGE (over 50 MB), DAMAGED (not a PDF, cut short, a page that
 * cannot be read), ENCRYPTED (a user password), TOO_MANY_PAGES (over 2,000), TOO_LONG (over the
 * snapshot limit), EMPTY (no text and no images), and NEEDS_OCR when pages that show an image
 * have no text: a scan, for `ocrPdfText` (ocr.ts) to read as a job.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await openPdf(bytes)
  try {
    const labels = await pageLabels(pdf)
    const readings: PageReading[] = []
    for (let index = 1; index <= pdf.numPages; index++) readings.push(await readPage(pdf, index, readTextLayer))
    const textless = pagesWithoutText(readings, labels)
    for (const i of textless) {
      if (await readPage(pdf, i + 1, drawsImage)) {
        throw new ImportError('NEEDS_OCR', `${whatIsScanned(textless.length, pdf.numPages)} It has to be read by OCR, page by page.`)
      }
    }
    return buildPdfText(readings, labels)
  } finally {
    await pdf.destroy()
  }
}
