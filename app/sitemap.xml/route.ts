import { apiErrorResponse, cachedResponse } from '@/lib/api/http'
import { countSitemapParts, SITEMAP_KINDS } from '@/lib/data/public/sitemap'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { env } from '@/lib/env'
import { buildSitemapIndex } from '@/lib/sitemap/xml'

// Read on every request (a CDN caches it, see PUBLIC_CACHE_CONTROL): `next build` has no database.
export const dynamic = 'force-dynamic'

/** The sitemap index: the fixed pages' sitemap, then as many parts of claims, sources and quantities as there are. */
export async function GET(request: Request) {
  try {
    const parts = await countSitemapParts(PUBLIC_VIEWER)
    const locs = [
      `${env.SITE_URL}/sitemaps/pages.xml`,
      ...SITEMAP_KINDS.flatMap((kind) => Array.from({ length: parts[kind] }, (_, i) => `${env.SITE_URL}/sitemaps/${kind}-${i + 1}.xml`)),
    ]
    return cachedResponse(request, buildSitemapIndex(locs), 'application/xml; charset=utf-8')
  } catch (error) {
    return apiErrorResponse(error, 'GET /sitemap.xml')
  }
}
