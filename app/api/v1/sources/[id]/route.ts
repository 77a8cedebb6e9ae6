import { corsPreflight, respondJson } from '@/lib/api/http'
import { getApiSource } from '@/lib/data/public/api'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { idSchema } from '@/lib/validations/params'

export const dynamic = 'force-dynamic'

export const OPTIONS = corsPreflight

/** One public source: details, the latest snapshot's hash and text, and its public quotes. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id)
  return respondJson(request, 'source', async () => (id.success ? getApiSource(PUBLIC_VIEWER, id.data) : null))
}
