import { apiErrorResponse, cachedResponse, corsPreflight } from '@/lib/api/http'
import { listFeedRevisions } from '@/lib/data/public/feed'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { env } from '@/lib/env'
import { buildAtomFeed, tagUri } from '@/lib/feed/atom'
import { revisionEntry, TAG_YEAR } from '@/lib/feed/verdict-entries'
import { SITE_NAME } from '@/lib/site-identity'

// Read on every request (a CDN caches it, see PUBLIC_CACHE_CONTROL): `next build` has no database.
export const dynamic = 'force-dynamic'

export const OPTIONS = corsPreflight

/** Feed readers need only the recent past; the full history is on each claim page and in the API. */
const FEED_SIZE = 100

/** Atom 1.0: published verdicts and corrections, newest first. */
export async function GET(request: Request) {
  try {
    const entries = (await listFeedRevisions(PUBLIC_VIEWER, FEED_SIZE)).map((revision) => revisionEntry(env.SITE_URL, revision))
    const updated = entries[0]?.updated ?? null
    const xml = buildAtomFeed({
      id: tagUri(env.SITE_URL, TAG_YEAR, 'feed'),
      title: `${SITE_NAME}: verdicts and corrections`,
      subtitle: 'Every published fact-check verdict and every correction to one, newest first.',
      siteUrl: `${env.SITE_URL}/`,
      selfUrl: `${env.SITE_URL}/feed.xml`,
      authorName: SITE_NAME,
      updated: updated ?? new Date(0),
      entries,
    })
    return cachedResponse(request, xml, 'application/atom+xml; charset=utf-8', updated)
  } catch (error) {
    return apiErrorResponse(error, 'GET /feed.xml')
  }
}
