// What went wrong with a fetch, in words for the reviewer who asked for the capture. Only the
// failures of the network and of the site become CaptureErrors; anything else is a fault of ours
// and is thrown on as it is, for the job to log.
import { STATUS_CODES } from 'node:http'

import { formatNumber } from '../format'
import { CaptureError } from './capture-error'

export const seconds = (ms: number): string => `${formatNumber(ms / 1000)} second${ms === 1000 ? '' : 's'}`

const NOT_FOUND = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_NODATA'])
const CUT_OFF = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ECONNABORTED'])
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL'])
const CERTIFICATE = /^(?:ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/

function codeOf(error: unknown): string | undefined {
  // With several addresses to try, net.connect reports every failed attempt together.
  const first = error instanceof AggregateError ? error.errors[0] : error
  const code = (first as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** A failed fetch of `url` as a CaptureError, or the error itself when it is none of the network's. */
export function asCaptureError(error: unknown, url: URL): unknown {
  if (error instanceof CaptureError) return error
  const code = codeOf(error)
  const host = url.host
  const failure = (kind: 'timeout' | 'unreachable', message: string) => new CaptureError(kind, message, { cause: error })
  if (code === undefined) return error
  if (NOT_FOUND.has(code)) return failure('unreachable', `No site was found at "${host}". Check the address for typing mistakes.`)
  if (code === 'EAI_AGAIN') return failure('unreachable', `"${host}" could not be looked up just now. Try again later.`)
  if (code === 'ECONNREFUSED') return failure('unreachable', `${host} refused the connection: the site may be down. Try again later.`)
  if (code === 'ETIMEDOUT') return failure('timeout', `${host} did not answer in time. Try again later.`)
  if (CUT_OFF.has(code)) return failure('unreachable', `The connection to ${host} was cut off before the page had arrived. Try again later.`)
  if (UNREACHABLE.has(code)) return failure('unreachable', `${host} cannot be reached from Claimtrail's server.`)
  if (CERTIFICATE.test(code)) {
    return failure('unreachable', `${host}'s HTTPS certificate could not be verified (${code}), so nothing was fetched from it.`)
  }
  if (code.startsWith('HPE_')) return failure('unreachable', `${host} answered with something that is not valid HTTP, so nothing was captured.`)
  if (code.startsWith('Z_')) return failure('unreachable', `${host} sent a compressed page that could not be decompressed.`)
  return error
}

/** What a final answer outside 2xx means, for the reviewer. */
export function statusMessage(status: number, url: URL): string {
  const answer = `${url.host} answered ${status}${STATUS_CODES[status] ? ` (${STATUS_CODES[status]})` : ''}`
  if (status === 404 || status === 410) return `${answer}: the page is not there, or no longer.`
  if (status === 401 || status === 403 || status === 451) return `${answer}: the page is not open to everyone, and Claimtrail captures only pages that are.`
  if (status === 429 || status >= 500) return `${answer}: the site is not serving the page just now. Try again later.`
  return `${answer}, not a page.`
}
