// An uploaded or fetched PDF as a snapshot's text with its pages and its original, read in a child
// process (lib/pdf/read-isolated.ts): from its text layer, or by OCR when its pages are scans.
import type { SnapshotContent, SourceText } from '../../import'
import { readPdfIsolated, type ReadPdfOptions } from '../../pdf/read-isolated'

/** What a source's text says about itself, with the snapshot to store: any way in but a pasted or uploaded text file. */
export type ReadContent = Omit<SourceText, 'format'> & SnapshotContent

export const PDF_MEDIA_TYPE = 'application/pdf'

/** Throws ImportError when the PDF is refused (encrypted, damaged, too large, no text…). */
export async function readPdfContent(bytes: Uint8Array<ArrayBuffer>, { fileName = null, onProgress }: { fileName?: string | null } & Pick<ReadPdfOptions, 'onProgress'> = {}): Promise<ReadContent> {
  const pdf = await readPdfIsolated(bytes, { onProgress })
  return {
    text: pdf.text,
    pages: pdf.pages,
    title: pdf.title?.slice(0, 300) ?? undefined,
    author: pdf.author?.slice(0, 200) ?? undefined,
    original: { bytes, mediaType: PDF_MEDIA_TYPE, fileName },
  }
}
