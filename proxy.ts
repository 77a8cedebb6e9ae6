// Next.js's proxy (formerly middleware): the security headers of every response, and the nonce of
// team pages (lib/http/security-headers.ts, docs/decisions/018-untrusted-input.md).
import { NextResponse, type NextRequest } from 'next/server'
import { env } from './lib/env'
import { contentSecurityPolicy, newNonce, NONCE_PATHS, ORIGINAL_PATHS, ORIGINAL_POLICY, PERMISSIONS_POLICY, strictTransportSecurity } from './lib/http/security-headers'

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname
  // A header set here wins over the route's own (Next appends a route's header only when none is
  // set), so an original's sandbox policy is set here too, never the site's.
  const isOriginal = ORIGINAL_PATHS.test(path)
  const nonce = !isOriginal && NONCE_PATHS.test(path) ? newNonce() : null
  const policy = isOriginal ? ORIGINAL_POLICY : contentSecurityPolicy({ nonce, isDev: env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  // Next reads the nonce from the request's policy and adds it to the scripts it renders.
  if (nonce) headers.set('content-security-policy', policy)
  else headers.delete('content-security-policy')
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  response.headers.set('Permissions-Policy', PERMISSIONS_POLICY)
  const hsts = strictTransportSecurity(env.SITE_URL)
  if (hsts) response.headers.set('Strict-Transport-Security', hsts)
  return response
}

export const config = {
  // Not for build assets: they are files, not documents.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
