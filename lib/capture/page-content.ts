// The body of a page's answer, as a capture keeps it: only the kinds of file a capture is for,
// decompressed, and never more than the size limit, counted as the bytes arrive (a site may send
// no Content-Length, or a false one) and refused at once when Content-Length already says so.
import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { pipeline, type Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'

import { formatNumber } from '../format'
import { CaptureError } from './capture-error'

/** What a capture keeps: web pages, PDFs and plain text. */
export const CAPTURE_MEDIA_TYPES = ['text/html', 'application/xhtml+xml', 'application/pdf', 'text/plain'] as const
export type CaptureMediaType = (typeof CAPTURE_MEDIA_TYPES)[number]

export type PageContent = {
  kind: 'page'
  mediaType: CaptureMediaType
  /** The Content-Type's charset, as sent; decodeBody finds the encoding when it is null. */
  charset: string | null
  lastModified: string | null
  etag: string | null
  bytes: Uint8Array
  /** SHA-256 of `bytes`, lowercase hex. */
  sha256: string
}

const DECOMPRESSORS: Record<string, () => NodeJS.ReadWriteStream & Readable> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
}

/** A response header's (first) value, trimmed; null when it is missing or empty. */
export function headerOf(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name]
  return (Array.isArray(value) ? value[0] : value)?.trim() || null
}

/** The media type (lowercase) and charset of a Content-Type, or null when there is none to read. */
export function parseContentType(value: string | null): { mediaType: string; charset: string | null } | null {
  if (value === null) return null
  const [essence = '', ...parameters] = value.split(';')
  const mediaType = essence.trim().toLowerCase()
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) return null
  for (const parameter of parameters) {
    const charset = /^\s*charset\s*=\s*(?:"([^"]*)"|(\S*))/i.exec(parameter)
    if (charset) return { mediaType, charset: (charset[1] ?? charset[2] ?? '').trim() || null }
  }
  return { mediaType, charset: null }
}

function tooLarge(url: URL, maxBytes: number): CaptureError {
  return new CaptureError('too-large', `The file at ${url.host} is larger than ${formatNumber(maxBytes / 1024 / 1024)} MB, the most Claimtrail captures.`)
}

/** The body, decompressed, refused as soon as it passes maxBytes. */
async function readBody(response: IncomingMessage, url: URL, maxBytes: number): Promise<Uint8Array> {
  const encoding = headerOf(response, 'content-encoding')?.toLowerCase() ?? 'identity'
  const decompressor = encoding === 'identity' ? undefined : DECOMPRESSORS[encoding]
  if (decompressor === undefined && encoding !== 'identity') {
    throw new CaptureError('unsupported-type', `${url.host} sent the page compressed as "${encoding}", which Claimtrail cannot read.`)
  }
  // Content-Length counts compressed bytes, which are never more than the page itself.
  if (Number(headerOf(response, 'content-length') ?? 0) > maxBytes) throw tooLarge(url, maxBytes)
  const body: Readable = decompressor === undefined ? response : pipeline(response, decompressor(), () => {})
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw tooLarge(url, maxBytes)
    chunks.push(chunk as Buffer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

/**
 * What a capture keeps of a 2xx answer: the body, when it is of a kind a capture keeps
 * (CAPTURE_MEDIA_TYPES; else CaptureError `unsupported-type`) and no larger than maxBytes (else
 * `too-large`), with what the headers say about it.
 */
export async function readPageContent(response: IncomingMessage, url: URL, maxBytes: number): Promise<PageContent> {
  const contentType = parseContentType(headerOf(response, 'content-type'))
  const mediaType = CAPTURE_MEDIA_TYPES.find((type) => type === contentType?.mediaType)
  if (contentType === null || mediaType === undefined) {
    const sent = contentType === null ? 'a file without saying what kind' : `a file of type ${contentType.mediaType}`
    throw new CaptureError('unsupported-type', `${url.host} sent ${sent}, not a web page, PDF or text file, so nothing was captured.`)
  }
  const bytes = await readBody(response, url, maxBytes)
  return {
    kind: 'page',
    mediaType,
    charset: contentType.charset,
    lastModified: headerOf(response, 'last-modified'),
    etag: headerOf(response, 'etag'),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }
}
