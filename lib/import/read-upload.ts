import { extractArticle } from './extract-article'
import { ImportError } from './import-error'
import { markdownToText } from './markdown-to-text'
import { normalizeLine, normalizeText } from './normalize-text'
import { toPublishedOn } from './published-on'
import { MAX_TEXT_LENGTH, textTooLong } from './text-limits'

export { MAX_TEXT_LENGTH }

export type SourceFormat = 'text' | 'markdown' | 'html'

/**
 * An uploaded file, already decoded to a string, or text pasted into the form. `url`, for a page
 * captured by its address, is where it came from: it resolves a relative canonical link and names
 * the site when the page does not.
 */
export type SourceUpload = { fileName: string; mediaType: string; content: string; url?: string } | { pasted: string }

export type SourceText = {
  /** Normalised snapshot text, ready to hash and store. */
  text: string
  title?: string
  author?: string
  publisher?: string
  /** YYYY-MM-DD, as the source states it. */
  publishedOn?: string
  /** The address a web page gives as its own. */
  canonicalUrl?: string
  format: SourceFormat
}

/** A saved page carries several times its text in markup; past this it is not worth parsing. */
export const MAX_INPUT_LENGTH = 5 * MAX_TEXT_LENGTH

// The extension decides, not the media type: browsers guess the type from the extension anyway,
// and report .md as text/plain, text/markdown or text/x-markdown depending on the system.
const FORMATS = new Map<string, SourceFormat>([
  ['txt', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
])

const LOOKS_LIKE_HTML = /^\uFEFF?\s*<(?:!doctype|html)\b/i

function formatOf(fileName: string): SourceFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase()
  const format = extension === undefined ? undefined : FORMATS.get(extension)
  if (format !== undefined) return format
  throw new ImportError(
    'UNSUPPORTED_FORMAT',
    `"${fileName}" can't be imported: upload a .txt, .md, .html or .pdf file, or paste the text.`,
  )
}

function read(format: SourceFormat, content: string, url: string | undefined): Omit<SourceText, 'format'> {
  if (format === 'text') return { text: normalizeText(content) }
  if (format === 'markdown') {
    const { text, meta } = markdownToText(content)
    return {
      text: normalizeText(text),
      title: normalizeLine(meta.title) ?? undefined,
      author: normalizeLine(meta.author) ?? undefined,
      publisher: normalizeLine(meta.publisher) ?? undefined,
      publishedOn: toPublishedOn(meta.published),
    }
  }
  const article = extractArticle(content, { url })
  return {
    text: article.text,
    title: article.title ?? undefined,
    author: article.byline?.replace(/^by\s+/i, '') || undefined,
    publisher: article.siteName ?? undefined,
    publishedOn: toPublishedOn(article.publishedTime),
    canonicalUrl: article.canonicalUrl ?? undefined,
  }
}

function tooLong(length: number): ImportError {
  return new ImportError('TOO_LONG', textTooLong(length))
}

/**
 * The snapshot text and what the source says about itself, from a file (format by extension:
 * .txt, .md/.markdown, .html/.htm) or a paste (HTML when it starts like a page, else plain text).
 * Throws ImportError for an unsupported file, binary content, an empty result or one over
 * MAX_TEXT_LENGTH, and (from extractArticle) a page without an article.
 */
export function sourceTextFrom(upload: SourceUpload): SourceText {
  const isPasted = 'pasted' in upload
  const content = isPasted ? upload.pasted : upload.content
  const format = isPasted ? (LOOKS_LIKE_HTML.test(content) ? 'html' : 'text') : formatOf(upload.fileName)
  if (content.length > MAX_INPUT_LENGTH) throw tooLong(content.length)
  // No text file holds NUL; a PDF, Word file or UTF-16 file read as UTF-8 is full of them.
  if (content.includes('\u0000')) {
    throw new ImportError('NOT_TEXT', 'This file is not plain text. Save it as .txt (UTF-8), .md or .html.')
  }
  const source = read(format, content, isPasted ? undefined : upload.url)
  if (source.text === '') throw new ImportError('EMPTY', 'There is no text to import.')
  if (source.text.length > MAX_TEXT_LENGTH) throw tooLong(source.text.length)
  return { ...source, format }
}
