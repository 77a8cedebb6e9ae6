import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../public-site'

/** The pages that list or show pending changes, and the public site when one was published. */
export function revalidateChangePages(change: { id: string; figureId: string | null; sourceId: string | null }, isPublished: boolean): void {
  revalidatePath('/review')
  revalidatePath('/review/changes')
  revalidatePath(`/review/changes/${change.id}`)
  if (change.sourceId) revalidatePath(`/review/sources/${change.sourceId}`)
  if (change.figureId) revalidatePath('/review/quantities', 'layout')
  if (isPublished) revalidatePublicSite()
}
