// A fetched page as a snapshot's text with its original: decoded as a browser would, read in the
// isolated child process as an uploaded page is (lib/import/read-isolated.ts), or, for a PDF, as an
// uploaded PDF is (lib/pdf/read-isolated.ts), and kept byte for byte with the media type it
// answered with.
import { decodeBody, type FetchedPage } from '../../capture'
import { ImportError } from '../../import'
import { readIsolated } from '../../import/read-isolated'
import { PDF_MEDIA_TYPE, readPdfContent, type ReadContent } from '../sources/read-pdf-content'

/** Why a page cannot become a source, in words for the reviewer who asked for it. */
export class UnreadablePage extends Error {}

/** The media type a fetched page's original is kept as: the type it answered with, and its charset. */
export const capturedMediaType = (page: FetchedPage): string => (page.charset ? `${page.mediaType}; charset=${page.charset}` : page.mediaType)

const FILE_NAMES: Record<string, string> = { 'text/html': 'page.html', 'application/xhtml+xml': 'page.html', 'text/plain': 'page.txt' }

/** Told when a PDF's reading starts, and then of OCR's progress through a scan's pages. */
export type ReadingProgress = { onReading?: () => Promise<unknown>; onProgress?: (done: number, total: number) => void }

/** The file name a fetched PDF is kept under: the last part of its address, when that names a PDF. */
function pdfFileName(url: string): string {
  const segment = new URL(url).pathname.split('/').pop() ?? ''
  let last = segment
  try {
    last = decodeURIComponent(segment)
  } catch {
    // A stray % in the address: keep the segment as it is written.
  }
  return /\.pdf$/i.test(last) ? last.slice(0, 200) : 'document.pdf'
}

export async function readCapturedPage(page: FetchedPage, progress: ReadingProgress = {}): Promise<ReadContent> {
  try {
    if (page.mediaType === PDF_MEDIA_TYPE) {
      await progress.onReading?.()
      return await readPdfContent(new Uint8Array(page.bytes), { fileName: pdfFileName(page.finalUrl), onProgress: progress.onProgress })
    }
    const { text } = decodeBody(page.bytes, { charset: page.charset, mediaType: page.mediaType })
    const fileName = FILE_NAMES[page.mediaType] ?? 'page.txt'
    const source = await readIsolated({ fileName, mediaType: page.mediaType, content: text, url: page.finalUrl })
    return { ...source, original: { bytes: new Uint8Array(page.bytes), mediaType: capturedMediaType(page) } }
  } catch (error) {
    if (error instanceof ImportError) throw new UnreadablePage(error.message)
    throw error
  }
}
