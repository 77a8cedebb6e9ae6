// Opens a PDF with Mozilla's pdf.js, or refuses it with an ImportError that says why: too large,
// not a PDF, cut short or otherwise damaged, protected by a password, too many pages. Everything
// pdf.js needs comes from its own package (standard fonts, CMaps, wasm decoders): nothing is fetched.
import { createRequire } from 'node:module'
import path from 'node:path'
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { formatNumber } from '../format'
import { ImportError } from '../import/import-error'
import { MAX_PDF_BYTES, MAX_PDF_PAGES } from '../import/text-limits'
import { checkPdfBytes, damaged } from './check-bytes'

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

export { MAX_PDF_BYTES, MAX_PDF_PAGES }
export { checkPdfBytes, damaged }

// The legacy build is pdf.js's build for Node (the modern one assumes browser APIs Node 20 lacks).
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const asset = (folder: string) => `${path.join(PDFJS_DIR, folder)}${path.sep}`

const isNamed = (error: unknown, name: string) => error instanceof Error && error.name === name

/**
 * The document, checked: its pages can be read one by one with `getPage`, and a page that turns
 * out to be damaged rejects (pdf.js's `stopAtErrors`) instead of coming back half-read. The caller
 * must `destroy()` it. A PDF with only an owner password (printing or copying restricted) opens,
 * as it does in any reader: its text is not protected.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  checkPdfBytes(bytes)
  const task = getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given; the caller keeps theirs.
    data: bytes.slice(),
    standardFontDataUrl: asset('standard_fonts'),
    cMapUrl: asset('cmaps'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
    useSystemFonts: false,
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  })
  let pdf: PDFDocumentProxy
  try {
    pdf = await task.promise
  } catch (error) {
    await task.destroy()
    if (isNamed(error, 'PasswordException')) {
      throw new ImportError('ENCRYPTED', 'This PDF is protected by a password. Open it, save or print it as a PDF without the password, and upload that copy.')
    }
    if (isNamed(error, 'InvalidPDFException')) throw damaged('its structure is broken.')
    throw damaged(`pdf.js could not open it (${error instanceof Error ? error.message : String(error)}).`)
  }
  if (pdf.numPages > MAX_PDF_PAGES) {
    const pages = pdf.numPages
    await pdf.destroy()
    throw new ImportError(
      'TOO_MANY_PAGES',
      `This PDF has ${formatNumber(pages)} pages; PDFs of at most ${formatNumber(MAX_PDF_PAGES)} pages can be imported. Split it, or import the part you need.`,
    )
  }
  if (pdf.numPages === 0) {
    await pdf.destroy()
    throw damaged('it has no pages.')
  }
  return pdf
}

/**
 * The label of each page as the PDF gives it (/PageLabels: 'ii', 'A-3', '42'), or null for a page
 * whose label is its 1-based index or that has none; null for every page when the PDF gives none.
 */
export async function pageLabels(pdf: PDFDocumentProxy): Promise<Array<string | null>> {
  let labels: string[] | null = null
  try {
    labels = await pdf.getPageLabels()
  } catch {
    // A malformed /PageLabels tree costs the labels only; the text is still sound.
    labels = null
  }
  return Array.from({ length: pdf.numPages }, (_, i) => {
    const label = labels?.[i]?.trim()
    return label && label !== String(i + 1) ? label : null
  })
}

// What a program writes as a title when the author gave none: the file's name, or the program's.
const NOT_A_TITLE = /^(?:untitled\b|microsoft (?:word|powerpoint|excel) - |document\d*$)|\.(?:pdf|docx?|odt|rtf|txt|indd|xlsx?|pptx?)$/i

const clean = (value: unknown): string | null => {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
  return text === '' ? null : text
}

/** The title and author a PDF's document information states, a title a program made up left out. */
export async function pdfDetails(bytes: Uint8Array): Promise<{ title: string | null; author: string | null }> {
  const pdf = await openPdf(bytes)
  try {
    const info = (await pdf.getMetadata()).info as Record<string, unknown>
    const title = clean(info.Title)
    return { title: title && !NOT_A_TITLE.test(title) ? title : null, author: clean(info.Author) }
  } catch {
    return { title: null, author: null }
  } finally {
    await pdf.destroy()
  }
}
