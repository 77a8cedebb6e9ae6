// PDF sources (issue 16): a PDF's text in reading order with where each page starts, read from its
// text layer or, for a scan, by OCR. No database and no Next.js here; see docs/decisions/025-pdf-text.md.
export { extractPdfText } from './extract-text'
export { OCR_DPI, ocrPdfText, type OcrOptions } from './ocr'
export { MAX_PDF_BYTES, MAX_PDF_PAGES } from './open-pdf'
export { citePages, pageAt, pageName, pagesOf, type QuotePages } from './page-range'
export { MIN_PAGE_CHARACTERS, type PdfPage, type PdfText } from './pdf-text'
