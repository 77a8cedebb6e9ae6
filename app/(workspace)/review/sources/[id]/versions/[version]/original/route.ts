import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { getVersionOriginal } from '@/lib/data/workspace/sources'
import { originalNotFound, originalRefusal, originalResponse, TEAM_DOWNLOAD } from '@/lib/http/original-response'
import { idSchema, versionSchema } from '@/lib/validations/params'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ id: string; version: string }> }

/**
 * The original any version of a source was read from, pending and unpublished ones too, for the
 * team: the same sandboxed download as the public one (lib/http/original-response.ts), never cached.
 */
export async function GET(request: Request, { params }: Params) {
  const user = await getCurrentUser()
  if (!user) return originalRefusal(401, 'Sign in to download the original of a source.')
  if (!can(user.role, 'workspace.view')) return originalRefusal(403, 'Your role does not allow this.')
  const raw = await params
  const id = idSchema.safeParse(raw.id)
  const version = versionSchema.safeParse(raw.version)
  if (!id.success || !version.success) return originalNotFound()
  return originalResponse(request, await getVersionOriginal(user, id.data, version.data), TEAM_DOWNLOAD)
}
