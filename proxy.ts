// Next.js's proxy (formerly middleware): the security headers of every response, and the nonce of
// team pages (lib/http/security-headers.ts, docs/decisions/018-untrusted-input.md).
import { NextResponse, type NextRequest } from 'next/server'
import { env } from './lib/env'
import { contentSecurityPolicy, newNonce, NONCE_PATHS, PERMISSIONS_POLICY, strictTransportSecurity } from './lib/http/security-headers'

export function proxy(request: NextRequest) {
  const nonce = NONCE_PATHS.test(request.nextUrl.pathname) ? newNonce() : null
  const policy = contentSecurityPolicy({ nonce, isDev: env.NODE_ENV === 'development' })
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
