// The original of an import: the bytes its snapshot's text was read from, kept beside the snapshot
// (docs/decisions/021). Every way in (paste, upload, capture by address) hands createSource and
// addSourceVersion one of these.
import type { PdfPage } from '../pdf/pdf-text'
import { contentHash } from './content-hash'
import type { SourceFormat } from './read-upload'

export type SourceOriginalInput = {
  /** Exactly as received: the file, the pasted text's UTF-8, the fetched body. */
  bytes: Uint8Array<ArrayBuffer>
  /** What it is served as, e.g. "text/html; charset=utf-8". */
  mediaType: string
  /** The uploaded file's name, when there was one. */
  fileName?: string | null
}

/**
 * A text ready to store as a snapshot, with the original it was read from and, for a PDF, where
 * each of its pages starts in the text (lib/pdf).
 */
export type SnapshotContent = { text: string; original: SourceOriginalInput; pages?: PdfPage[] }

/**
 * The media type an upload is kept as: the format it was read in, which its extension decided
 * (read-upload.ts), not the type the browser reported, which is a guess from the extension that
 * differs by system. Files are read as UTF-8, so that is the charset they are served with.
 */
export const UPLOAD_MEDIA_TYPES: Record<SourceFormat, string> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
}

/** Pasted text is kept as what was pasted, as plain text, even when it looks like a page. */
export function pastedOriginal(text: string): SourceOriginalInput {
  return { bytes: new TextEncoder().encode(text), mediaType: 'text/plain; charset=utf-8' }
}

/** The row to store for an original: its bytes with their hash and size (the database checks both). */
export function originalRow({ bytes, mediaType, fileName }: SourceOriginalInput) {
  return { bytes, sha256: contentHash(bytes), size: bytes.byteLength, mediaType, fileName: fileName ?? null }
}

/** The rows a snapshot's pages are stored as (SnapshotPage), none for a source that is not a PDF. */
export function pageRows(pages: PdfPage[] = []) {
  return pages.map(({ index, label, start, end, furniture, ocr, confidence }) => ({ index, label, start, end, furniture, ocr, confidence }))
}
