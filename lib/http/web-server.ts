// The HTTP server in front of Next.js, for `npm start` and the tests (lib/cli/serve.ts). It does
// two things `next start` cannot: it works out each request's client address from the socket and
// the trusted proxies (lib/http/client-address.ts), and it stops gracefully. On stop it accepts no
// new work: requests already running get a bounded time to finish, and any request that arrives
// meanwhile, or is still running when the time is up, is answered 503 with Retry-After, so a
// client or a load balancer knows to send it again, never an ambiguous answer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { checkedActionRequest, isActionPost, MAX_BODY_BYTES, TOO_LARGE, type Refusal } from './action-body'
import { restoreBodyLength } from './body-length'
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from './client-address'

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void

export type WebServer = {
  server: Server
  /** Resolves once every request has finished or been answered 503, and the server is closed. */
  stop: (graceMs: number) => Promise<void>
}

const RETRY_SECONDS = 5

/**
 * What Next would otherwise answer with a 500 (it throws on these), answered here: a body over
 * the limit (413), a compressed request body, which no form of ours sends (415), and an address
 * whose percent-encoding does not decode (400). Action bodies that do not decode are refused
 * once read (lib/http/action-body.ts).
 */
export function earlyRefusal(request: Pick<IncomingMessage, 'headers' | 'url' | 'method'>): Refusal | null {
  const length = Number(request.headers['content-length'] ?? 0)
  if (length > MAX_BODY_BYTES) return TOO_LARGE
  const encoding = request.headers['content-encoding']
  if (encoding && encoding !== 'identity') return { status: 415, message: 'Compressed request bodies are not accepted. Nothing was done.' }
  try {
    decodeURIComponent(new URL(request.url ?? '/', 'http://claimtrail.invalid').pathname)
  } catch {
    return { status: 400, message: 'This address is not correctly encoded.' }
  }
  return null
}

/**
 * Node answers a request whose address and headers pass its limit (16 KB) with a bare 431 before
 * any handler runs: a search pasted into the address bar that long got a blank page. This answer
 * says what happened, in a page of its own (it loads nothing, so it needs no policy but its own).
 */
export const TOO_LONG_ANSWER = [
  'HTTP/1.1 431 Request Header Fields Too Large',
  'Content-Type: text/html; charset=utf-8',
  "Content-Security-Policy: default-src 'none'",
  'X-Content-Type-Options: nosniff',
  'Connection: close',
  '',
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Address too long – Claimtrail</title></head>',
  '<body><h1>This address is too long</h1><p>The address, or the search in it, is longer than Claimtrail accepts (16 KB in all), so nothing was looked up.</p>',
  '<p>A search may have up to 200 characters: <a href="/search">search again</a> with fewer words, or go to the <a href="/">home page</a>.</p></body></html>',
  '',
].join('\r\n')

function answer(response: ServerResponse, refusal: Refusal) {
  response.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
  response.end(`${refusal.message}\n`)
}

function refuse(response: ServerResponse) {
  if (response.headersSent) {
    response.destroy()
    return
  }
  response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(RETRY_SECONDS), connection: 'close' })
  response.end('Claimtrail is restarting. Nothing was done; try again in a few seconds.\n')
}

export function createWebServer(handle: Handler, trust: (address: string, hop: number) => boolean): WebServer {
  const running = new Set<ServerResponse>()
  let isStopping = false

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const early = earlyRefusal(request)
    if (early) return answer(response, early)
    const address = clientAddressOf(request, trust)
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = address
    else delete request.headers[CLIENT_ADDRESS_HEADER]
    const checked = isActionPost(request) ? await checkedActionRequest(request) : request
    if ('status' in checked) return answer(response, checked)
    restoreBodyLength(response)
    await handle(checked, response)
  }

  const server = createServer((request, response) => {
    if (isStopping) return refuse(response)
    running.add(response)
    response.on('close', () => running.delete(response))
    serve(request, response).catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        response.end('Something went wrong on our side.\n')
      }
    })
  })
  // As Node answers a request it cannot parse, but with a page for an address too long.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy()
    if (error.code === 'HPE_HEADER_OVERFLOW') return void socket.end(TOO_LONG_ANSWER)
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request'
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`)
  })
  // Keep-alive connections stay open between requests; on stop, idle ones are closed at once.
  server.keepAliveTimeout = 5_000

  async function stop(graceMs: number) {
    isStopping = true
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    const deadline = Date.now() + graceMs
    while (running.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    for (const response of running) refuse(response)
    server.closeAllConnections()
    await closed
  }

  return { server, stop }
}
