// The public pages are cached (rendered once, then served until something they show changes).
// Publishing touches many of them at once (the claim, its sources, quantities, the home page, the
// feed), so any change to published data drops the whole public cache; the next visitor of each
// page gets a fresh render. Publications are rare, so this costs little and can never leave a
// stale page behind. docs/decisions/012-public-cache.md.
import { revalidatePath } from 'next/cache'

/** Call after any write that changes what the public may see. */
export function revalidatePublicSite(): void {
  revalidatePath('/', 'layout')
}
