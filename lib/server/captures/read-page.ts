// A fetched page as a snapshot's text with its original: decoded as a browser would, read in the
// isolated child process as an uploaded page is (lib/import/read-isolated.ts), and kept byte for
// byte with the media type it answered with.
import { decodeBody, type FetchedPage } from '../../capture'
import { ImportError, type SnapshotContent, type SourceText } from '../../import'
import { readIsolated } from '../../import/read-isolated'

/** Why a page cannot become a source, in words for the reviewer who asked for it. */
export class UnreadablePage extends Error {}

/** The media type a fetched page's original is kept as: the type it answered with, and its charset. */
export const capturedMediaType = (page: FetchedPage): string => (page.charset ? `${page.mediaType}; charset=${page.charset}` : page.mediaType)

const FILE_NAMES: Record<string, string> = { 'text/html': 'page.html', 'application/xhtml+xml': 'page.html', 'text/plain': 'page.txt' }

export async function readCapturedPage(page: FetchedPage): Promise<SourceText & SnapshotContent> {
  if (page.mediaType === 'application/pdf') {
    throw new UnreadablePage(`${new URL(page.finalUrl).host} answered with a PDF. Claimtrail cannot read the text of PDFs yet; until it can, save the document's text and paste it.`)
  }
  const { text } = decodeBody(page.bytes, { charset: page.charset, mediaType: page.mediaType })
  const fileName = FILE_NAMES[page.mediaType] ?? 'page.txt'
  try {
    const source = await readIsolated({ fileName, mediaType: page.mediaType, content: text, url: page.finalUrl })
    return { ...source, original: { bytes: new Uint8Array(page.bytes), mediaType: capturedMediaType(page) } }
  } catch (error) {
    if (error instanceof ImportError) throw new UnreadablePage(error.message)
    throw error
  }
}
