// What can be told of a PDF from its bytes alone, without pdf.js (so the upload form's action can
// refuse at once what a job would only refuse later): over the size limit, not a PDF, cut short.
import { ImportError } from '../import/import-error'
import { fileTooLarge, MAX_PDF_BYTES } from '../import/text-limits'

// The header may follow some junk (the spec allows 1,024 bytes of it); the end-of-file marker must
// be in the last 1,024 bytes, and a file that lost its end in a broken download has none.
const WINDOW = 1024
const HEADER = [...'%PDF-'].map((char) => char.charCodeAt(0))
const EOF_MARKER = [...'%%EOF'].map((char) => char.charCodeAt(0))

function indexOfBytes(bytes: Uint8Array, pattern: number[], from: number, to: number): number {
  for (let at = Math.max(0, from); at + pattern.length <= Math.min(bytes.length, to); at++) {
    if (pattern.every((byte, i) => bytes[at + i] === byte)) return at
  }
  return -1
}

export const damaged = (detail: string) =>
  new ImportError('DAMAGED', `This PDF can't be read: ${detail} Save it again from the program that made it, or download it again, and upload the new file.`)

/** Refusals that need only the bytes: a size over the limit, no PDF header, no end-of-file marker. */
export function checkPdfBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_PDF_BYTES) {
    throw new ImportError('TOO_LARGE', fileTooLarge(bytes.length, 'file.pdf'))
  }
  if (indexOfBytes(bytes, HEADER, 0, WINDOW + HEADER.length) === -1) throw damaged('it is not a PDF file (it does not start as one does).')
  if (indexOfBytes(bytes, EOF_MARKER, bytes.length - WINDOW, bytes.length) === -1) {
    throw damaged('the file is cut short (it has no end-of-file marker), as when a download stops part way.')
  }
}

