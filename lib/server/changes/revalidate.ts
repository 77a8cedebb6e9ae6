import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../public-cache'

/** The pages that list or show pending changes, and the public site when one was published. */
export type ChangedPages = { id: string; figureId?: string | null; sourceId?: string | null; claimId?: string | null }

export function revalidateChangePages(change: ChangedPages, isPublished: boolean): void {
  revalidatePath('/review')
  revalidatePath('/review/changes')
  revalidatePath(`/review/changes/${change.id}`)
  if (change.sourceId) revalidatePath(`/review/sources/${change.sourceId}`)
  if (change.figureId) revalidatePath('/review/quantities', 'layout')
  if (change.claimId) revalidatePath(`/review/claims/${change.claimId}`, 'layout')
  if (isPublished) revalidatePublicSite()
}
