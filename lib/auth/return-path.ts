// Where to send someone back to after signing in: only a path on this site. An open redirect would
// let a phishing link borrow our sign-in page, so the value is parsed as a URL against our own
// origin, as the browser will read it (which drops tabs and newlines, and treats `\` as `/`), and
// anything that lands elsewhere is replaced by the fallback.

const HERE = 'https://claimtrail.invalid'

export function safeReturnPath(value: unknown, fallback = '/review'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return fallback
  // Control characters and backslashes have no place in a path we link to; browsers rewrite them.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, HERE)
  } catch {
    return fallback
  }
  if (url.origin !== HERE) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
