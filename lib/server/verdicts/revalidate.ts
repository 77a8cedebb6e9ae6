import { revalidatePath } from 'next/cache'
import { getDb } from '../../db'
import { StaleScreenError } from '../../errors'
import { revalidatePublicSite } from '../public-cache'

/** Every page that shows the claim's verdict or the queues. */
export function revalidateVerdictPages(claimId: string, isPublic: boolean): void {
  revalidatePath(`/review/claims/${claimId}/verdict`)
  revalidatePath(`/review/claims/${claimId}`)
  revalidatePath('/review')
  if (isPublic) revalidatePublicSite()
}

/**
 * Runs an approve or publish step; when it is refused because the list of what becomes public
 * changed, the verdict page is rendered again so the editor sees the new list with the refusal.
 */
export async function refreshOnListChange<T>(verdictId: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    if (error instanceof StaleScreenError) {
      const row = await getDb().verdict.findUnique({ where: { id: verdictId }, select: { claimId: true } })
      if (row) revalidateVerdictPages(row.claimId, false)
    }
    throw error
  }
}
