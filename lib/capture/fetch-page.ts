// Fetches a page by its web address for a capture: the bytes the site sends, with what the response
// says about them, or a CaptureError a reviewer can read. The server fetches from inside its own
// network, so every step is held to the address policy (address-policy.ts):
// - the address is checked before anything is sent, an IP literal included;
// - every connection resolves its name through `guardedLookup`, which checks every address the
//   name resolves to and hands exactly those to the socket: the address checked is the address
//   connected to, so a name that answers a public address to the check and a private one to the
//   connection (DNS rebinding) gets nowhere;
// - redirects are followed here, one connection each, at most five, every Location checked again;
// - a connection time limit, a time limit for the whole fetch, and a size limit counted as the body
//   arrives (and refused at once when Content-Length says it will be exceeded).
//
// Built on node:http and node:https rather than undici: undici 8 requires Node 22.19 and fails to
// load on the Node 20 the project runs on (its decompress interceptor binds zlib's zstd decoder,
// which Node 20 lacks). Node's clients take the same `lookup` for every connection.
import { lookup as systemLookup } from 'node:dns/promises'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import { env } from '../env'
import { capturePolicy, checkAddress, checkIp, redirectTarget, type AddressPolicy } from './address-policy'
import { CaptureError } from './capture-error'
import { asCaptureError, seconds, statusMessage } from './fetch-failures'
import { headerOf, readPageContent, type PageContent } from './page-content'

export type ResolvedAddress = { address: string; family: 4 | 6 }
/** Every address a host name resolves to. The system resolver by default; tests answer for themselves. */
export type LookupHost = (hostname: string) => Promise<ResolvedAddress[]>

export type CaptureLimits = {
  /** For each connection: from looking its name up to being ready (TLS handshake included). */
  connectTimeoutMs: number
  /** For the whole fetch: every redirect, every connection and the whole body. */
  totalTimeoutMs: number
  /** The largest body kept, in bytes, after decompression. */
  maxBytes: number
  maxRedirects: number
}

export const CAPTURE_LIMITS: CaptureLimits = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 25 * 1024 * 1024,
  maxRedirects: 5,
}

export type FetchPageOptions = {
  /** Default: capturePolicy(), which follows CAPTURE_ALLOW_PRIVATE_ADDRESSES. */
  policy?: AddressPolicy
  lookup?: LookupHost
  limits?: Partial<CaptureLimits>
  /** Stops the fetch (a job shutting down); the fetch then rejects with the signal's reason. */
  signal?: AbortSignal
}

type Answered = {
  /** The address asked for, normalised, without its #fragment. */
  requestedUrl: string
  /** The address that answered: the last redirect's, or requestedUrl. */
  finalUrl: string
  /** Each address redirected to, in order (requestedUrl not included). */
  redirects: string[]
  status: number
  fetchedAt: Date
}

/** A 2xx answer of a kind a capture keeps, with its whole body. */
export type FetchedPage = Answered & PageContent

/** Any other final answer (404, 410, 403, 500 …): an outcome, not a failure, since a page that is gone is news to a watcher. */
export type FetchedStatus = Answered & {
  kind: 'http-status'
  /** What the status means, for the reviewer. */
  message: string
}

export type FetchOutcome = FetchedPage | FetchedStatus

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

const REQUEST_HEADERS = {
  'user-agent': `Claimtrail/0.1 (+${env.SITE_URL}/about; fact-checking archive)`,
  accept: 'text/html,application/xhtml+xml;q=0.9,application/pdf;q=0.8,text/plain;q=0.7',
  // Not deflate, which servers send in two incompatible forms; decoded all the same if it comes.
  'accept-encoding': 'gzip, br',
}

type Hop = { policy: AddressPolicy; limits: CaptureLimits; lookup: LookupFunction; signal: AbortSignal }

async function lookupSystem(hostname: string): Promise<ResolvedAddress[]> {
  const addresses = await systemLookup(hostname, { all: true })
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))
}

const noAddress = (message: string) => Object.assign(new Error(message), { code: 'ENOTFOUND' })

/** The addresses of `hostname` a socket may use, or a refusal when any of them is not allowed. */
function allowedAddresses(addresses: ResolvedAddress[], hostname: string, family: number | string | undefined, policy: AddressPolicy): [ResolvedAddress, ...ResolvedAddress[]] {
  if (addresses.length === 0) throw noAddress(`${hostname} has no address`)
  for (const { address } of addresses) checkIp(address, policy, hostname)
  // dns.LookupOptions writes the family as 4 or 6, or as 'IPv4' or 'IPv6'.
  const wanted = family === 4 || family === 'IPv4' ? 4 : family === 6 || family === 'IPv6' ? 6 : null
  const [first, ...rest] = wanted === null ? addresses : addresses.filter((a) => a.family === wanted)
  if (first === undefined) throw noAddress(`${hostname} has no IPv${wanted} address`)
  return [first, ...rest]
}

/**
 * The lookup every connection of a fetch makes: resolves the name with `lookupHost`, refuses it
 * (CaptureError `refused-address`) unless every address it has is allowed, and hands the socket
 * exactly the addresses it checked.
 */
export function guardedLookup(lookupHost: LookupHost, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookupHost(hostname)
      .then((addresses) => allowedAddresses(addresses, hostname, options.family, policy))
      .then(
        (usable) => (options.all ? callback(null, usable) : callback(null, usable[0].address, usable[0].family)),
        (error: NodeJS.ErrnoException) => callback(error, []),
      )
  }
}

/** Sends one GET and waits for the answer's headers. */
function send(url: URL, hop: Hop): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const isHttps = url.protocol === 'https:'
    const client = isHttps ? https : http
    // agent: false gives every request a connection of its own, so each goes through the lookup.
    const request = client.request(url, { method: 'GET', headers: REQUEST_HEADERS, agent: false, lookup: hop.lookup, signal: hop.signal })
    const connectTimer = setTimeout(() => {
      request.destroy(new CaptureError('timeout', `${url.host} did not accept a connection within ${seconds(hop.limits.connectTimeoutMs)}. Try again later.`))
    }, hop.limits.connectTimeoutMs)
    request.once('socket', (socket) => socket.once(isHttps ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer)))
    request.once('response', (response) => {
      clearTimeout(connectTimer)
      // The signal ends the request; the body that is still arriving has to be ended as well.
      const abort = () => response.destroy(hop.signal.reason as Error)
      hop.signal.addEventListener('abort', abort, { once: true })
      response.once('close', () => hop.signal.removeEventListener('abort', abort))
      resolve(response)
    })
    // `on`, not `once`: a request stopped after its answer came may still report an error.
    request.on('error', (error) => {
      clearTimeout(connectTimer)
      reject(error)
    })
    request.end()
  })
}

/** A refusal of an address the reviewer never typed says where it came from. */
function afterRedirect(error: CaptureError, target: string): CaptureError {
  if (!error.code.startsWith('refused-') && error.code !== 'invalid-address') return error
  return new CaptureError(error.code, `The page redirects to ${target.slice(0, 300)}. ${error.message}`, { cause: error })
}

async function follow(start: URL, hop: Hop): Promise<FetchOutcome> {
  const redirects: string[] = []
  let url = start
  let target = start.href
  try {
    for (;;) {
      const response = await send(url, hop)
      const status = response.statusCode ?? 0
      const location = headerOf(response, 'location')
      if (REDIRECT_STATUSES.has(status) && location !== null) {
        response.destroy()
        if (redirects.length >= hop.limits.maxRedirects) {
          throw new CaptureError('too-many-redirects', `${start.host} redirected more than ${hop.limits.maxRedirects} times without reaching a page, so Claimtrail stopped following.`)
        }
        target = URL.canParse(location, url) ? new URL(location, url).href : location
        url = redirectTarget(url, location, hop.policy)
        redirects.push(url.href)
        continue
      }
      const answered: Answered = { requestedUrl: start.href, finalUrl: url.href, redirects, status, fetchedAt: new Date() }
      if (status < 200 || status > 299) {
        response.destroy()
        return { ...answered, kind: 'http-status', message: statusMessage(status, url) }
      }
      try {
        return { ...answered, ...(await readPageContent(response, url, hop.limits.maxBytes)) }
      } finally {
        response.destroy()
      }
    }
  } catch (error) {
    if (hop.signal.aborted) throw hop.signal.reason
    const failure = asCaptureError(error, url)
    throw target === start.href || !(failure instanceof CaptureError) ? failure : afterRedirect(failure, target)
  }
}

/**
 * Fetches `address` for a capture. Resolves with the page (`kind: 'page'`) or, for a final answer
 * outside 2xx, with its status (`kind: 'http-status'`). Rejects with CaptureError when the address
 * is refused or the page cannot be had (see CaptureFailure), and with the signal's reason when
 * `options.signal` stops it. The page's text is for decodeBody; nothing here parses it.
 */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchOutcome> {
  options.signal?.throwIfAborted()
  const policy = options.policy ?? capturePolicy()
  const limits = { ...CAPTURE_LIMITS, ...options.limits }
  const start = checkAddress(address, policy)
  const deadline = new AbortController()
  const timer = setTimeout(() => {
    deadline.abort(new CaptureError('timeout', `${start.host} took longer than ${seconds(limits.totalTimeoutMs)} to send the page, so the capture was stopped. Try again later.`))
  }, limits.totalTimeoutMs)
  const stop = () => deadline.abort(options.signal?.reason)
  options.signal?.addEventListener('abort', stop, { once: true })
  try {
    const lookup = guardedLookup(options.lookup ?? lookupSystem, policy)
    return await follow(start, { policy, limits, lookup, signal: deadline.signal })
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', stop)
  }
}
