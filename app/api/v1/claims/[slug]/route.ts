import { corsPreflight, respondJson } from '@/lib/api/http'
import { getApiClaim } from '@/lib/data/public/api'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { slugSchema } from '@/lib/validations/params'

export const dynamic = 'force-dynamic'

export const OPTIONS = corsPreflight

/** One published claim: appearances, current verdict with evidence, corrections, figures. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug)
  return respondJson(request, 'claim', async () => (slug.success ? getApiClaim(PUBLIC_VIEWER, slug.data) : null))
}
