// Next 16 drops the Content-Length of every route handler's response (FORBIDDEN_HEADERS in
// next/dist/server/send-response.js: it cannot tell whether a body was decoded on the way) and
// sends it chunked. A download's length matters to the person saving it (progress, and a cut-off
// transfer is seen as one), so a route that knows it names it in BODY_LENGTH_HEADER, and our web
// server (./web-server.ts) sends that as the Content-Length, unless the body is being compressed.
import type { ServerResponse } from 'node:http'

export const BODY_LENGTH_HEADER = 'x-claimtrail-body-length'

/** Makes `response` send BODY_LENGTH_HEADER as its Content-Length when its head is written. */
export function restoreBodyLength(response: ServerResponse): void {
  const writeHead = response.writeHead
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    const length = response.getHeader(BODY_LENGTH_HEADER)
    if (length !== undefined) {
      response.removeHeader(BODY_LENGTH_HEADER)
      if (/^\d+$/.test(String(length)) && response.getHeader('content-encoding') === undefined) response.setHeader('content-length', String(length))
    }
    return writeHead.apply(this, args)
  } as ServerResponse['writeHead']
}
