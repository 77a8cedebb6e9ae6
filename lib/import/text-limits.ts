// The limits on a source's text, stated once for the import forms (in words, and checked as the
// reviewer types), the server's validation and the importer. A textarea's value, and its
// maxlength, count a line break as one character (LF), but the multipart/form-data encoding a form
// is posted in turns every line break into CRLF (HTML, "multipart/form-data encoding algorithm"),
// so the server received 2,000,000 characters with 30,000 line breaks as 2,030,000 and refused
// them. Every check counts with textLength, which counts CRLF once.
import { formatNumber } from '../format'

/** Longest text a source may have, pasted or read from a file: UTF-16 code units, a line break counting as one. */
export const MAX_TEXT_LENGTH = 2_000_000
/** Largest text, Markdown or HTML file a reviewer may upload. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
/** Largest PDF (next.config.js allows the request body some room above), and most pages it may have. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024
export const MAX_PDF_PAGES = 2000

/** A PDF, by its name's extension, as every upload's format is decided (read-upload.ts). */
export const isPdfFileName = (fileName: string) => /\.pdf$/i.test(fileName)

/** The largest a file of this name may be. */
export const uploadLimit = (fileName: string) => (isPdfFileName(fileName) ? MAX_PDF_BYTES : MAX_UPLOAD_BYTES)

/** The limit in words, for the pasted text's hint. */
export const TEXT_LIMIT_IN_WORDS = `up to ${formatNumber(MAX_TEXT_LENGTH)} characters (a line break counts as one)`
/** The upload limit in words, for the file's hint. */
export const UPLOAD_LIMIT_IN_WORDS = `up to ${formatNumber(MAX_UPLOAD_BYTES / 1024 / 1024)} MB (a PDF up to ${formatNumber(MAX_PDF_BYTES / 1024 / 1024)} MB and ${formatNumber(MAX_PDF_PAGES)} pages)`

/**
 * The length of a text as the limit counts it: each line break (CRLF, as a form posts it, or LF,
 * as a textarea's value reads and as snapshots store it) counts as one character.
 */
export function textLength(text: string): number {
  let crlf = 0
  for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) crlf++
  return text.length - crlf
}

/** What a reviewer is told about a text over MAX_TEXT_LENGTH, in the form and from the server alike. */
export function textTooLong(length: number): string {
  return `This text is ${formatNumber(length)} characters long; the limit is ${formatNumber(MAX_TEXT_LENGTH)} (a line break counts as one). Import a longer source in parts.`
}

/** Megabytes to one decimal, rounded up: a byte over the limit must not read as the limit. */
export const megabytes = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)

/** What a reviewer is told about a file over its uploadLimit. */
export function fileTooLarge(bytes: number, fileName: string): string {
  const limit = formatNumber(uploadLimit(fileName) / 1024 / 1024)
  if (isPdfFileName(fileName)) return `This PDF is ${megabytes(bytes)} MB; PDFs of at most ${limit} MB can be imported. Split it, or import the part you need.`
  return `This file is ${megabytes(bytes)} MB; upload a file of at most ${limit} MB.`
}
