import type { MetadataRoute } from 'next'
import { listSitemapItems } from '@/lib/data/feed'
import { PUBLIC_VIEWER } from '@/lib/data/viewer'
import { env } from '@/lib/env'

// Read on every request: `next build` has no database, and SITE_URL is the server's, not the build's.
export const dynamic = 'force-dynamic'

const newest = (dates: (Date | undefined)[]) => {
  const times = dates.flatMap((date) => (date ? [date.getTime()] : []))
  return times.length > 0 ? new Date(Math.max(...times)) : undefined
}

/** Every public page: the fixed ones, then each published claim, public source and quantity with a published figure. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { claims, sources, quantities, latestCorrection } = await listSitemapItems(PUBLIC_VIEWER)
  const url = (path: string) => `${env.SITE_URL}${path}`
  const claimsChanged = newest(claims.map((claim) => claim.lastModified))
  return [
    { url: url('/'), lastModified: claimsChanged, changeFrequency: 'daily', priority: 1 },
    { url: url('/methodology'), changeFrequency: 'monthly', priority: 0.5 },
    { url: url('/corrections'), lastModified: latestCorrection, changeFrequency: 'weekly', priority: 0.6 },
    { url: url('/quantities'), lastModified: newest(quantities.map((quantity) => quantity.lastModified)), changeFrequency: 'weekly', priority: 0.6 },
    ...claims.map((claim) => ({ url: url(`/claims/${claim.slug}`), lastModified: claim.lastModified, changeFrequency: 'weekly' as const, priority: 0.8 })),
    ...sources.map((source) => ({ url: url(`/sources/${source.id}`), lastModified: source.lastModified, changeFrequency: 'monthly' as const, priority: 0.4 })),
    ...quantities.map((quantity) => ({ url: url(`/quantities/${quantity.slug}`), lastModified: quantity.lastModified, changeFrequency: 'weekly' as const, priority: 0.6 })),
  ]
}
