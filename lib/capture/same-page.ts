// Whether the address a re-check ended at is still the page it asked for (docs/decisions/024). A
// watched source whose address now redirects to another page is recorded as moved, not stored: the
// page it redirects to may be a section front, a search page or someone else's article.

/** Query parameters that say where a reader came from (campaigns, click ids), never which page. */
const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i

/**
 * One page's identity: its host without a leading "www.", its port when not the default, its path
 * without a trailing slash, and its query without tracking parameters, in order. The scheme (http
 * upgraded to https) and the #fragment do not count.
 */
export function pageIdentity(address: string): string {
  const url = new URL(address)
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const path = url.pathname.replace(/\/+$/, '') || '/'
  const query = [...url.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const search = new URLSearchParams(query).toString()
  return `${host}${url.port ? `:${url.port}` : ''}${path}${search ? `?${search}` : ''}`
}

/** True when `finalUrl` (where the redirects ended) is the page `requestedUrl` names. */
export const isSamePage = (requestedUrl: string, finalUrl: string): boolean => pageIdentity(requestedUrl) === pageIdentity(finalUrl)
