import { apiErrorResponse, apiNotFound, cachedResponse } from '@/lib/api/http'
import { listFixedSitemapPages, listSitemapPart, SITEMAP_KINDS, type SitemapKind } from '@/lib/data/public/sitemap'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { env } from '@/lib/env'
import { buildUrlset } from '@/lib/sitemap/xml'

// Read on every request (a CDN caches it, see PUBLIC_CACHE_CONTROL): `next build` has no database.
export const dynamic = 'force-dynamic'

/** `pages.xml`, or `<kind>-<n>.xml` with n from 1 (no leading zero, so each part has one address). */
const PART = new RegExp(`^(?:(pages)|(${SITEMAP_KINDS.join('|')})-([1-9]\\d{0,5}))\\.xml$`)

/** One part of the sitemap that /sitemap.xml lists; any other name, or a part past the last, is not found. */
export async function GET(request: Request, { params }: { params: Promise<{ part: string }> }) {
  try {
    const match = PART.exec((await params).part)
    if (!match) throw apiNotFound('sitemap')
    const [, pages, kind, part] = match
    const entries = pages ? await listFixedSitemapPages(PUBLIC_VIEWER) : await listSitemapPart(PUBLIC_VIEWER, kind as SitemapKind, Number(part))
    if (!entries) throw apiNotFound('sitemap')
    const xml = buildUrlset(entries.map((entry) => ({ loc: `${env.SITE_URL}${entry.path}`, lastModified: entry.lastModified })))
    return cachedResponse(request, xml, 'application/xml; charset=utf-8')
  } catch (error) {
    return apiErrorResponse(error, 'GET /sitemaps/[part]')
  }
}
