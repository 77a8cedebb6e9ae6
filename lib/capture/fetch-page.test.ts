// fetchPage against a web server of the test's own on 127.0.0.1, with the test allowance on (what
// CAPTURE_ALLOW_PRIVATE_ADDRESSES gives), passed as the option.
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLocalWebServer, type Handler, type LocalWebServer } from '../testing/local-web-server'
import type { AddressPolicy } from './address-policy'
import { fetchPage, type FetchOutcome, type FetchPageOptions } from './fetch-page'

const TEST_SERVER: AddressPolicy = { allowPrivateAddresses: true, allowAnyPort: true }
const PAGE = '<!doctype html><html><head><title>Zero tolerance</title></head><body><p>11,086 referrals in June.</p></body></html>'
const CHUNK = Buffer.alloc(16 * 1024, 'a')

const html: Handler = (_, response) => {
  response.writeHead(200, {
    'content-type': 'text/html; charset=UTF-8',
    etag: '"v1-abc"',
    'last-modified': 'Fri, 15 Jan 2021 16:30:00 GMT',
  })
  response.end(PAGE)
}
const redirectTo = (location: string, status = 302): Handler => (_, response) => {
  response.writeHead(status, { location }).end()
}
/** /hop/N redirects to /hop/N-1 (relative), down to /hop/0, which is the page. */
const hop: Handler = (request, response) => {
  const n = Number(request.url?.split('/').at(-1))
  if (n === 0) return html(request, response)
  redirectTo(String(n - 1), n % 2 === 0 ? 301 : 307)(request, response)
}
/** Streams 16 KB chunks with no Content-Length until the client goes away (at most 4 MB). */
const endless: Handler = (_, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' })
  let sent = 0
  const write = () => {
    while (!response.destroyed && sent < 256) {
      sent += 1
      if (!response.write(CHUNK)) return response.once('drain', write)
    }
    response.end()
  }
  write()
}
/** Sends its headers and one line, then nothing more (the server's close ends it). */
const stalled: Handler = (_, response) => {
  response.writeHead(200, { 'content-type': 'text/html' })
  response.write('<p>first')
}

let server: LocalWebServer
const routes: Record<string, Handler> = {
  '/page': html,
  '/hop/0': hop, '/hop/1': hop, '/hop/2': hop, '/hop/3': hop, '/hop/4': hop, '/hop/5': hop, '/hop/6': hop,
  '/endless': endless,
  '/announced-large': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(50 * 1024 * 1024) })
    response.write(CHUNK)
  },
  '/stalled': stalled,
  '/silent': () => {},
  '/image': (_, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/untyped': (_, response) => response.end('what am I'),
  '/gone': (_, response) => response.writeHead(410, { 'content-type': 'text/html' }).end('<p>Gone</p>'),
  '/gzipped': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' })
    response.end(gzipSync('a'.repeat(200_000)))
  },
  '/xhtml': (_, response) => response.writeHead(200, { 'content-type': 'Application/XHTML+XML; Charset="ISO-8859-1"' }).end('<html/>'),
}

beforeAll(async () => {
  server = await startLocalWebServer(routes)
  routes['/to-unspecified'] = redirectTo(`http://0.0.0.0:${server.port}/page`)
  routes['/to-file'] = redirectTo('file:///etc/passwd')
  routes['/to-name'] = redirectTo(`http://cloud.example.test:${server.port}/page`)
})
afterAll(() => server.close())

const fetchLocal = (path: string, options: FetchPageOptions = {}) => fetchPage(`${server.origin}${path}`, { policy: TEST_SERVER, ...options })

async function failure(outcome: Promise<FetchOutcome>): Promise<{ code: string; message: string }> {
  const error = (await outcome.then(() => null, (e: unknown) => e)) as { code: string; message: string } | null
  if (error === null) throw new Error('expected the fetch to fail')
  return { code: error.code, message: error.message }
}

describe('fetchPage', () => {
  it('fetches a page with what its answer says about it', async () => {
    const page = await fetchLocal('/page#section-2')
    expect(page).toEqual({
      kind: 'page',
      requestedUrl: `${server.origin}/page`,
      finalUrl: `${server.origin}/page`,
      redirects: [],
      status: 200,
      mediaType: 'text/html',
      charset: 'UTF-8',
      etag: '"v1-abc"',
      lastModified: 'Fri, 15 Jan 2021 16:30:00 GMT',
      fetchedAt: expect.any(Date),
      bytes: new Uint8Array(Buffer.from(PAGE)),
      sha256: createHash('sha256').update(PAGE).digest('hex'),
    })
    const request = server.requests.at(-1)
    expect(request?.url).toBe('/page')
    expect(request?.headers['user-agent']).toMatch(/^Claimtrail\/0\.1 \(\+http.*\/about; fact-checking archive\)$/)
    expect(request?.headers.accept).toContain('text/html')
  })

  it('follows up to five redirects, relative ones too, and lists them', async () => {
    const page = await fetchLocal('/hop/5')
    expect(page.redirects).toEqual([4, 3, 2, 1, 0].map((n) => `${server.origin}/hop/${n}`))
    expect(page.finalUrl).toBe(`${server.origin}/hop/0`)
    expect(page.requestedUrl).toBe(`${server.origin}/hop/5`)
    expect(await failure(fetchLocal('/hop/6'))).toEqual({
      code: 'too-many-redirects',
      message: `127.0.0.1:${server.port} redirected more than 5 times without reaching a page, so Claimtrail stopped following.`,
    })
  })

  // The allowance lets the first hop reach this server on 127.0.0.1; the second is refused by
  // rules the allowance leaves in force. 0.0.0.0 (unspecified) is refused even under it, and is
  // this machine: were it let through, the connection would reach this server and be counted.
  it('checks every redirect again, by literal address and by the name lookup alike', async () => {
    const before = server.connections()
    expect(await failure(fetchLocal('/to-unspecified'))).toEqual({
      code: 'refused-address',
      message: `The page redirects to http://0.0.0.0:${server.port}/page. That address points at the unspecified address, another name for the server itself (0.0.0.0), which Claimtrail never fetches.`,
    })
    expect((await failure(fetchLocal('/to-file'))).code).toBe('refused-scheme')
    // A name on the second hop goes through the same lookup as any connection; one refused address
    // among its answers refuses the name.
    const lookup = async () => [{ address: '127.0.0.1', family: 4 as const }, { address: '0.0.0.0', family: 4 as const }]
    expect(await failure(fetchLocal('/to-name', { lookup }))).toEqual({
      code: 'refused-address',
      message: `The page redirects to http://cloud.example.test:${server.port}/page. "cloud.example.test" resolves to the unspecified address, another name for the server itself (0.0.0.0), which Claimtrail never fetches.`,
    })
    expect(server.connections() - before).toBe(3)
  })

  it('connects to the address the lookup answered and checked, sending the name as the host', async () => {
    const lookup = async () => [{ address: '127.0.0.1', family: 4 as const }]
    const page = await fetchPage(`http://news.example.test:${server.port}/page`, { policy: TEST_SERVER, lookup })
    expect(page.status).toBe(200)
    expect(server.requests.at(-1)?.headers.host).toBe(`news.example.test:${server.port}`)
  })

  it('refuses a body past the size limit as it streams, and at once when Content-Length says so', async () => {
    expect(await failure(fetchLocal('/endless', { limits: { maxBytes: 100_000 } }))).toEqual({
      code: 'too-large',
      message: `The file at 127.0.0.1:${server.port} is larger than 0.1 MB, the most Claimtrail captures.`,
    })
    const started = Date.now()
    expect((await failure(fetchLocal('/announced-large'))).code).toBe('too-large')
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('gives up on a page that takes too long, whether the body or the headers stall', async () => {
    expect(await failure(fetchLocal('/stalled', { limits: { totalTimeoutMs: 300 } }))).toEqual({
      code: 'timeout',
      message: `127.0.0.1:${server.port} took longer than 0.3 seconds to send the page, so the capture was stopped. Try again later.`,
    })
    expect((await failure(fetchLocal('/silent', { limits: { totalTimeoutMs: 300 } }))).code).toBe('timeout')
  })

  it('refuses what is not a web page, PDF or text file', async () => {
    expect(await failure(fetchLocal('/image'))).toEqual({
      code: 'unsupported-type',
      message: `127.0.0.1:${server.port} sent a file of type image/png, not a web page, PDF or text file, so nothing was captured.`,
    })
    expect((await failure(fetchLocal('/untyped'))).message).toContain('sent a file without saying what kind')
  })

  it('reads the media type and charset however they are written', async () => {
    const page = await fetchLocal('/xhtml')
    expect(page.kind === 'page' && [page.mediaType, page.charset]).toEqual(['application/xhtml+xml', 'ISO-8859-1'])
  })

  it('answers a status outside 2xx as an outcome, 404 and 410 apart', async () => {
    expect(await fetchLocal('/missing')).toEqual({
      kind: 'http-status',
      requestedUrl: `${server.origin}/missing`,
      finalUrl: `${server.origin}/missing`,
      redirects: [],
      status: 404,
      fetchedAt: expect.any(Date),
      message: `127.0.0.1:${server.port} answered 404 (Not Found): the page is not there, or no longer.`,
    })
    expect(await fetchLocal('/gone')).toEqual(expect.objectContaining({ kind: 'http-status', status: 410 }))
  })

  it('decompresses a compressed page, and counts the size limit after decompression', async () => {
    const page = await fetchLocal('/gzipped')
    expect(page.kind === 'page' && page.bytes.length).toBe(200_000)
    expect((await failure(fetchLocal('/gzipped', { limits: { maxBytes: 100_000 } }))).code).toBe('too-large')
  })

  it('gives up on a connection that is not ready within the connection time limit', async () => {
    const unanswered = () => new Promise<never>(() => {})
    expect(await failure(fetchPage('https://slow-dns.example.test/', { lookup: unanswered, limits: { connectTimeoutMs: 100 } }))).toEqual({
      code: 'timeout',
      message: 'slow-dns.example.test did not accept a connection within 0.1 seconds. Try again later.',
    })
  })

  it('says when a site cannot be found or reached, and stops when the caller stops it', async () => {
    const nowhere = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
    }
    expect(await failure(fetchPage('https://no-such-site.example.test/', { lookup: nowhere }))).toEqual({
      code: 'unreachable',
      message: 'No site was found at "no-such-site.example.test". Check the address for typing mistakes.',
    })
    const closed = await startLocalWebServer({})
    await closed.close()
    expect((await failure(fetchPage(`${closed.origin}/`, { policy: TEST_SERVER }))).message).toBe(`127.0.0.1:${closed.port} refused the connection: the site may be down. Try again later.`)
    const reason = new Error('the job is shutting down')
    await expect(fetchLocal('/stalled', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason)
    const controller = new AbortController()
    const stopped = fetchLocal('/silent', { signal: controller.signal })
    setTimeout(() => controller.abort(reason), 50)
    await expect(stopped).rejects.toBe(reason)
  })
})
