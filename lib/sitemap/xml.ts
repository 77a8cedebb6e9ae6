// The sitemap protocol's two documents (sitemaps.org): an index of sitemaps, and a sitemap of pages.
import { escapeXml } from '../feed/atom'

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>'
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const lastmod = (date: Date | null) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '')

/** `<urlset>`: each page's absolute address, and when it last changed where known. */
export function buildUrlset(urls: Array<{ loc: string; lastModified: Date | null }>): string {
  const body = urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}</url>`).join('\n')
  return `${HEADER}\n<urlset xmlns="${NAMESPACE}">\n${body}\n</urlset>\n`
}

/** `<sitemapindex>`: the absolute address of each sitemap. */
export function buildSitemapIndex(locs: string[]): string {
  const body = locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('\n')
  return `${HEADER}\n<sitemapindex xmlns="${NAMESPACE}">\n${body}\n</sitemapindex>\n`
}
