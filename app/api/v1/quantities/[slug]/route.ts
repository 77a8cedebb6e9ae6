import { corsPreflight, respondJson } from '@/lib/api/http'
import { getApiQuantity } from '@/lib/data/public/api'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { slugSchema } from '@/lib/validations/params'

export const dynamic = 'force-dynamic'

export const OPTIONS = corsPreflight

/** One quantity with a published figure: its published figures and the relations between them. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug)
  return respondJson(request, 'quantity', async () => (slug.success ? getApiQuantity(PUBLIC_VIEWER, slug.data) : null))
}
