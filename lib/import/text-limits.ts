// The limits on a source's text, stated once for the import forms (in words, and checked as the
// reviewer types), the server's validation and the importer. A textarea's value, and its
// maxlength, count a line break as one character (LF), but the multipart/form-data encoding a form
// is posted in turns every line break into CRLF (HTML, "multipart/form-data encoding algorithm"),
// so the server received 2,000,000 characters with 30,000 line breaks as 2,030,000 and refused
// them. Every check counts with textLength, which counts CRLF once.
import { formatNumber } from '../format'

/** Longest text a source may have, pasted or read from a file: UTF-16 code units, a line break counting as one. */
export const MAX_TEXT_LENGTH = 2_000_000
/** Largest file a reviewer may upload (next.config.js allows the request body some room above). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

/** The limit in words, for the pasted text's hint. */
export const TEXT_LIMIT_IN_WORDS = `up to ${formatNumber(MAX_TEXT_LENGTH)} characters (a line break counts as one)`
/** The upload limit in words, for the file's hint. */
export const UPLOAD_LIMIT_IN_WORDS = `up to ${formatNumber(MAX_UPLOAD_BYTES / 1024 / 1024)} MB`

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

/** What a reviewer is told about a file over MAX_UPLOAD_BYTES. */
export function fileTooLarge(bytes: number): string {
  return `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; upload a file of at most ${formatNumber(MAX_UPLOAD_BYTES / 1024 / 1024)} MB.`
}
