// The security headers of every response, set by proxy.ts (docs/decisions/018-untrusted-input.md).
// Team pages (the workspace, the admin pages, sign-in) are rendered for each request anyway, so
// their policy allows only scripts carrying that request's nonce, which Next adds to its own
// scripts. Public pages are cached and shared (decision 012), so they cannot carry a per-request
// nonce: their policy allows our own origin's scripts and Next's inline bootstrap, and, like the
// team's, loads nothing from any other host (no image, frame, font or connection: a rationale
// cannot embed a tracking pixel).

/**
 * A source's original, public or the team's (docs/decisions/021): someone else's document, sent
 * with ORIGINAL_POLICY instead of the site's, so nothing in it can run on our origin.
 */
export const ORIGINAL_PATHS = /^\/(?:sources\/[^/]+\/original|review\/sources\/[^/]+\/versions\/[^/]+\/original)\/?$/

/** `sandbox` with no allowances: an opaque origin, no scripts, forms, popups, plugins or same-origin access. */
export const ORIGINAL_POLICY = 'sandbox'

/** Pages whose policy carries a per-request nonce. */
export const NONCE_PATHS = /^\/(?:review|admin|sign-in)(?:\/|$)/

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

export function contentSecurityPolicy({ nonce, isDev }: { nonce: string | null; isDev: boolean }): string {
  // React's development build evaluates code for its debugging aids.
  const evalInDev = isDev ? " 'unsafe-eval'" : ''
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}` : `'self' 'unsafe-inline'${evalInDev}`
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // React and Next set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** HSTS, when the site's public address is https (TLS ends at a proxy in front of us). */
export function strictTransportSecurity(siteUrl: string): string | null {
  return siteUrl.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : null
}
