import { getSourceOriginal } from '@/lib/data/public/sources'
import { PUBLIC_VIEWER } from '@/lib/data/public/viewer'
import { originalNotFound, originalResponse, PUBLIC_DOWNLOAD } from '@/lib/http/original-response'
import { idSchema, versionSchema } from '@/lib/validations/params'

export const dynamic = 'force-dynamic'

/**
 * The original a public source's version was read from (`?version=N`, else the version read now),
 * as a sandboxed download (lib/http/original-response.ts). Anything the public may not read is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id)
  const asked = new URL(request.url).searchParams.get('version')
  const version = versionSchema.optional().safeParse(asked ?? undefined)
  if (!id.success || !version.success) return originalNotFound()
  return originalResponse(request, await getSourceOriginal(PUBLIC_VIEWER, id.data, version.data), PUBLIC_DOWNLOAD)
}
