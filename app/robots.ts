import type { MetadataRoute } from 'next'
import { env } from '@/lib/env'

// SITE_URL is the server's, not the build's.
export const dynamic = 'force-dynamic'

/** Public pages are for everyone; the workspace, sign-in and Auth.js endpoints are not for crawlers. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/review', '/admin', '/api/auth', '/sign-in'] },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  }
}
