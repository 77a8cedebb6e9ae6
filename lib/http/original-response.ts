// How a source's original is sent (docs/decisions/021), to visitors and to the team alike. It is
// somebody else's document: a captured page is HTML and script written by another site, and opened
// from our origin it would run as us. So it goes out as a download, with the media type it was kept
// as, `nosniff` (a text/plain original is never read as HTML) and a policy of `sandbox` alone: a
// unique opaque origin with no scripts, forms, popups or plugins, even if a browser shows it in
// place of saving it. proxy.ts sends the same policy for these paths (ORIGINAL_PATHS), as Next
// keeps a header the proxy set over the route's own. Web-standard Response only, no Next imports.
//
// A PDF is the one exception to "a download": it is sent `inline`, so that a quote's link
// (`…/original?version=N#page=K`) opens the browser's own viewer at the quoted page. It keeps the
// same `sandbox` policy, which does not stop that viewer when the PDF is the page itself: Chromium
// 150 and Firefox ESR 153 both open it at `#page=` under `sandbox` (tried by hand, and the e2e
// suite checks Chromium). What `sandbox` does block is Chromium's viewer inside a sandboxed frame,
// since no token re-enables plugins (crbug.com/413851; we never frame an original), and Safari
// shows some PDFs under it as an empty page (adobe/aem-core-wcm-components#2839): such a reader
// can still save the file. Only bytes kept as application/pdf go out so (an upload read as a PDF,
// a capture that answered as one), under that type and `nosniff`: whatever they hold, a browser
// shows them as a PDF or not at all. Every other type stays a sandboxed attachment.
import { slugify } from '../slug'
import { ORIGINAL_POLICY } from './security-headers'
import { BODY_LENGTH_HEADER } from './body-length'

/** A snapshot as the download reads it (ORIGINAL_FILE in lib/data/selects.ts). */
export type OriginalSnapshot = {
  version: number
  source: { title: string }
  original: { bytes: Uint8Array<ArrayBuffer>; sha256: string; size: number; mediaType: string; fileName: string | null } | null
}

/** How one audience's downloads are sent. */
export type DownloadPolicy = { cacheControl: string; keepsFileName: boolean }

/**
 * Visitors: a copy may be kept a minute, a CDN's five, like the API's (a source can stop being
 * public); `no-transform`, so the bytes go out exactly as kept, never recompressed on the way. The
 * file is named after the source, not after whatever the reviewer's copy was called.
 */
export const PUBLIC_DOWNLOAD: DownloadPolicy = { cacheControl: 'public, max-age=60, s-maxage=300, no-transform', keepsFileName: false }
/** The team: it may be an unpublished source, so never stored by a browser or a cache; named as uploaded. */
export const TEAM_DOWNLOAD: DownloadPolicy = { cacheControl: 'private, no-store, no-transform', keepsFileName: true }

// Somebody else's words: kept as evidence, not a page of ours for search engines to list.
const SAFETY_HEADERS = { 'Content-Security-Policy': ORIGINAL_POLICY, 'X-Content-Type-Options': 'nosniff', 'X-Robots-Tag': 'noindex' }

const EXTENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/^text\/html\b/, 'html'],
  [/^text\/markdown\b/, 'md'],
  [/^text\/plain\b/, 'txt'],
  [/^application\/pdf\b/, 'pdf'],
]

/**
 * The name a download is saved as: the uploaded file's name (its last path segment, without control
 * characters), or one made of the source's title, the version and the type's usual extension.
 */
export function downloadName(snapshot: { version: number; source: { title: string } }, original: { fileName: string | null; mediaType: string }): string {
  const uploaded = original.fileName
    ?.split(/[/\\]/)
    .at(-1)
    ?.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/^[\s.]+/, '')
    .trim()
    .slice(-150)
  if (uploaded) return uploaded
  const extension = EXTENSIONS.find(([pattern]) => pattern.test(original.mediaType))?.[1] ?? 'bin'
  return `${slugify(snapshot.source.title, 60, 'source')}-v${snapshot.version}.${extension}`
}

/**
 * `attachment` (or `inline`, the name still given for saving) with an ASCII `filename` for old clients and the exact name as RFC 5987's `filename*`
 * (RFC 6266): every character outside RFC 5987's attr-char is percent-encoded, so no quote,
 * semicolon or line break of an uploaded name can end the header early or add another.
 */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_')
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** Whether an original of this media type is sent inline, to open in the browser's PDF viewer (above). */
export function opensInViewer(mediaType: string): boolean {
  return mediaType.split(';')[0]!.trim().toLowerCase() === 'application/pdf'
}

/** 404 for an original the asker may not read, or that does not exist: the same answer for both. */
export function originalNotFound(): Response {
  return originalRefusal(404, 'There is no original at this address.')
}

/** A refusal from an original's address, plain text under the same policy. */
export function originalRefusal(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { ...SAFETY_HEADERS, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * The original of `snapshot` as a download (a PDF inline), or a 404 when there is none to read. Its ETag is its
 * SHA-256, so a client holding the same bytes gets a 304.
 */
export function originalResponse(request: Request, snapshot: OriginalSnapshot | null, policy: DownloadPolicy): Response {
  const original = snapshot?.original
  if (!snapshot || !original) return originalNotFound()
  const etag = `"${original.sha256}"`
  const headers = { ...SAFETY_HEADERS, 'Cache-Control': policy.cacheControl, ETag: etag }
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers })
  return new Response(original.bytes, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': original.mediaType,
      'Content-Disposition': contentDisposition(
        downloadName(snapshot, { ...original, fileName: policy.keepsFileName ? original.fileName : null }),
        opensInViewer(original.mediaType) ? 'inline' : 'attachment',
      ),
      // Next drops Content-Length from a route's response; our web server sends this one as it (./body-length.ts).
      [BODY_LENGTH_HEADER]: String(original.size),
    },
  })
}
