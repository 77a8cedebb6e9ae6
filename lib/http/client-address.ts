// Who sent a request, for the per-address rate limits. The socket's peer is the client, unless the
// peer is a proxy the operator named in TRUSTED_PROXIES: then X-Forwarded-For is read from the right,
// past every trusted proxy, with proxy-addr (the library Express uses for `trust proxy`). A client
// cannot choose its address by sending the header itself. The web server (lib/http/web-server.ts)
// works it out once and passes it on in CLIENT_ADDRESS_HEADER, replacing any such header sent.
import type { IncomingMessage } from 'node:http'
import proxyAddr from 'proxy-addr'

export const CLIENT_ADDRESS_HEADER = 'x-claimtrail-client-address'

/**
 * TRUSTED_PROXIES as proxy-addr reads it: addresses, CIDR ranges or the names `loopback`,
 * `linklocal` and `uniquelocal`, separated by commas. Empty trusts no proxy. Throws on a bad entry.
 */
export function trustedProxies(list: string | undefined): (address: string, hop: number) => boolean {
  const entries = (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return proxyAddr.compile(entries)
}

/** The client's address for this request, normalised (an IPv4 peer seen as `::ffff:a.b.c.d` is `a.b.c.d`). */
export function clientAddressOf(request: Pick<IncomingMessage, 'headers' | 'socket'>, trust: (address: string, hop: number) => boolean): string | null {
  if (!request.socket.remoteAddress) return null
  const address = proxyAddr(request as IncomingMessage, trust)
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address
}

/** What the web server passed on; null when the request did not come through it. */
export function clientAddress(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || null
}
