// How the feed and the read-only API answer: cache headers a CDN can use, a weak ETag (and
// Last-Modified) for conditional requests, CORS for any origin, and errors as
// `{ error: { code, message, issues? } }`. Web-standard Request/Response only, no Next.js imports.
import { createHash } from 'node:crypto'
import { ZodError } from 'zod'
import { AppError } from '../errors'

/**
 * Browsers keep a response a minute, a CDN five; for a day after that a CDN may serve the old copy
 * while it fetches a new one. Everything behind these headers is published and changes rarely.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400'

export const JSON_TYPE = 'application/json; charset=utf-8'

/** Read-only public data: any site may read it from a browser. ETag is not a safelisted header. */
const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' }

/** The answer to a CORS preflight, which a script sending its own If-None-Match triggers. */
export function corsPreflight(): Response {
  const allowed = 'GET, HEAD, OPTIONS'
  return new Response(null, {
    status: 204,
    headers: { ...CORS_HEADERS, Allow: allowed, 'Access-Control-Allow-Methods': allowed, 'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since', 'Access-Control-Max-Age': '86400' },
  })
}

export type ApiErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }

export function weakEtag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null) {
    // Weak comparison (RFC 9110 13.1.2): the opaque tags match whatever their W/ prefixes.
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
  }
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '')
  // HTTP dates have whole seconds.
  return lastModified !== null && !Number.isNaN(ifModifiedSince) && Math.floor(lastModified.getTime() / 1000) * 1000 <= ifModifiedSince
}

/** A cacheable 200, or a 304 when the client's copy is current. */
export function cachedResponse(request: Request, body: string, contentType: string, lastModified: Date | null = null): Response {
  const etag = weakEtag(body)
  const headers: Record<string, string> = { ...CORS_HEADERS, 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag }
  if (lastModified) headers['Last-Modified'] = lastModified.toUTCString()
  if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } })
}

export function errorResponse(status: number, body: ApiErrorBody): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store', 'Content-Type': JSON_TYPE } })
}

/** ZodError → 422 with its issues, AppError → its status, anything else → a logged, generic 500. */
export function apiErrorResponse(error: unknown, where: string): Response {
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
    return errorResponse(422, { error: { code: 'invalid', message: 'Some query parameters are not valid.', issues } })
  }
  if (error instanceof AppError) return errorResponse(error.status, { error: { code: error.code, message: error.message } })
  console.error(`${where}: unexpected error`, error)
  return errorResponse(500, { error: { code: 'internal', message: 'Something went wrong on our side. Please try again later.' } })
}

export const apiNotFound = (what: string) => new AppError('not-found', `No published ${what} has that address.`)

/**
 * Runs a read for a GET handler and answers with its JSON, cached; a null result is a 404. No
 * Last-Modified: a claim or source can gain a quote without any date changing, so the ETag decides.
 */
export async function respondJson<T>(request: Request, what: string, load: () => Promise<T | null>): Promise<Response> {
  try {
    const data = await load()
    if (data === null) throw apiNotFound(what)
    return cachedResponse(request, JSON.stringify(data), JSON_TYPE)
  } catch (error) {
    return apiErrorResponse(error, `GET ${new URL(request.url).pathname}`)
  }
}
