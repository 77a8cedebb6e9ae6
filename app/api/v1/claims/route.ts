import { encodeCursor } from '@/lib/api/cursor'
import { corsPreflight, respondJson } from '@/lib/api/http'
import { listApiClaims } from '@/lib/data/public/api'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { env } from '@/lib/env'
import { claimListQuerySchema } from '@/lib/validations/api'

export const dynamic = 'force-dynamic'

export const OPTIONS = corsPreflight

/** Published claims, newest first, `limit` at a time; `next` is the next page's URL, or null on the last. */
export async function GET(request: Request) {
  return respondJson(request, 'claims', async () => {
    const query = claimListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
    const { claims, next } = await listApiClaims(PUBLIC_VIEWER, query)
    const nextUrl = next ? `${env.SITE_URL}/api/v1/claims?${new URLSearchParams({ limit: String(query.limit), cursor: encodeCursor(next) })}` : null
    return { data: claims, next: nextUrl }
  })
}
