// Server-action bodies are decoded by Next before any code of ours runs, and Next answers a body
// it cannot decode (a cut-off multipart form, a missing boundary, JSON that does not parse) with a
// 500. lib/http/web-server.ts reads such a body first, refuses one that does not decode with a
// 400, and hands Next an exact copy of the rest.
import { IncomingMessage } from 'node:http'
import { MAX_FORM_FIELDS, TOO_MANY_FIELDS } from '../form-state'

export type Refusal = { status: number; message: string }

/** The largest body Next accepts (next.config.js, serverActions.bodySizeLimit): a 50 MB PDF with room for the form around it. */
export const MAX_BODY_BYTES = 52 * 1024 * 1024

export const TOO_LARGE: Refusal = { status: 413, message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB. Nothing was done.` }

/**
 * True for the requests Next decodes as a server action: a `Next-Action` fetch from our pages, or
 * a multipart form posted without JavaScript.
 */
export function isActionPost(request: Pick<IncomingMessage, 'headers' | 'method'>): boolean {
  if (request.method !== 'POST') return false
  return Boolean(request.headers['next-action']) || mediaTypeOf(request.headers['content-type']) === 'multipart/form-data'
}

/**
 * True when a browser says the post comes from a page of another site. Next refuses those too,
 * but with a 500; the host compared is the one Next compares (X-Forwarded-Host, else Host). A
 * post with no Origin at all is left to Next, which lets it through as browsers always send one.
 */
export function isCrossOrigin(headers: IncomingMessage['headers']): boolean {
  const origin = headers.origin
  if (!origin) return false
  const host = String(headers['x-forwarded-host'] ?? headers.host ?? '').split(',')[0]!.trim()
  try {
    return new URL(origin).host !== host
  } catch {
    return true
  }
}

const CUT_OFF: Refusal = { status: 400, message: 'The request body did not arrive in full. Nothing was done.' }

export const CROSS_ORIGIN: Refusal = { status: 403, message: 'Forms are accepted only from Claimtrail’s own pages. Nothing was done.' }

function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * The `$` forms our pages send in an action's arguments (React's reply encoding): an escaped `$`,
 * the values JSON cannot hold, a date, a big integer, and a form (`$K`, whose fields travel
 * beside the arguments). Every other form refers to parts (promises, maps, blobs, streams, server
 * references) that none of our forms sends and that Next fails on when they are missing.
 */
const SENT_BY_OUR_PAGES = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$|K[0-9a-f]+$)/

/** Why the arguments of a fetched action are not what our pages send, or null when they are. */
export function argumentsProblem(json: string): string | null {
  let root: unknown
  try {
    root = JSON.parse(json)
  } catch {
    return 'The request could not be read: its arguments are not valid JSON.'
  }
  if (!Array.isArray(root)) return 'The request could not be read: its arguments are not a list.'
  // Iterative, so that deeply nested input cannot overflow the stack.
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const value = pending.pop()
    if (typeof value === 'string' && value.startsWith('$') && !SENT_BY_OUR_PAGES.test(value)) {
      return 'The request could not be read: its arguments use a form none of our pages sends.'
    }
    if (value && typeof value === 'object') for (const child of Object.values(value)) pending.push(child)
  }
  return null
}

/** The number of parts in a multipart body, counted by its boundary without parsing it; null without one. */
export function multipartPartCount(contentType: string, body: Buffer): number | null {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  const delimiter = boundary ? `--${boundary[1] ?? boundary[2]}` : null
  if (!delimiter) return null
  let count = -1 // the closing delimiter ends the last part
  for (let at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + delimiter.length)) count += 1
  return Math.max(count, 0)
}

const unreadable = (reason: string): Refusal => ({ status: 400, message: `${reason} Nothing was done.` })

/**
 * Why Next could not decode this action body, or null when it can. A form of more parts than any
 * of ours sends is refused before it is parsed: parsing 130,000 of them takes seconds.
 */
export async function actionBodyRefusal(headers: IncomingMessage['headers'], body: Buffer): Promise<Refusal | null> {
  const contentType = headers['content-type'] ?? ''
  const mediaType = mediaTypeOf(contentType)
  const isFetched = Boolean(headers['next-action'])
  if (mediaType === 'multipart/form-data') {
    const parts = multipartPartCount(contentType, body)
    // One part more than the fields: a fetched action's arguments.
    if (parts !== null && parts > MAX_FORM_FIELDS + 1) return { status: 413, message: TOO_MANY_FIELDS.message! }
    let form: FormData
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
    } catch {
      return unreadable('The form could not be read: the multipart body is malformed.')
    }
    if (!isFetched) return null
    // A fetched action's arguments are field "0"; the form's own fields travel beside them.
    const root = form.get('0')
    const problem = typeof root === 'string' ? argumentsProblem(root) : 'The request could not be read: it names no arguments.'
    return problem ? unreadable(problem) : null
  }
  if (mediaType === 'application/x-www-form-urlencoded' || !isFetched) return null
  const problem = argumentsProblem(body.toString('utf8'))
  return problem ? unreadable(problem) : null
}

/**
 * Reads the body of an action post from one of our pages and checks that it decodes. Gives a
 * copy of the request that Next can read as if nothing had touched it, or the refusal to answer.
 */
export async function checkedActionRequest(request: IncomingMessage): Promise<IncomingMessage | Refusal> {
  if (isCrossOrigin(request.headers)) return CROSS_ORIGIN
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > MAX_BODY_BYTES) return TOO_LARGE
      chunks.push(chunk)
    }
  } catch {
    // The client went away mid-body: nothing to decode, and nobody left to answer at length.
    return CUT_OFF
  }
  const body = Buffer.concat(chunks)
  const refusal = await actionBodyRefusal(request.headers, body)
  if (refusal) return refusal
  const copy = new IncomingMessage(request.socket)
  copy.method = request.method
  copy.url = request.url
  copy.httpVersion = request.httpVersion
  copy.httpVersionMajor = request.httpVersionMajor
  copy.httpVersionMinor = request.httpVersionMinor
  copy.headers = request.headers
  copy.rawHeaders = request.rawHeaders
  copy.push(body)
  copy.push(null)
  copy.complete = true
  return copy
}
