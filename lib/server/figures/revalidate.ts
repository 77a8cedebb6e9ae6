// The pages that show a quantity's figures, ranks or conflicts, refreshed after any change to them.
import { revalidatePath } from 'next/cache'
import { revalidatePublicSite } from '../public-cache'
import type { DbTransaction } from '../../db'

export type AffectedPages = { quantityId: string; quantitySlug: string; claims: Array<{ id: string; slug: string }> }

/** Reads, inside the write's transaction, which pages show these figures. */
export async function affectedPages(tx: DbTransaction, figureIds: string[]): Promise<AffectedPages> {
  const figures = await tx.figure.findMany({
    where: { id: { in: figureIds } },
    select: { quantity: { select: { id: true, slug: true } }, claim: { select: { id: true, slug: true } } },
  })
  const quantity = figures[0]!.quantity
  const claims = [...new Map(figures.flatMap((figure) => (figure.claim ? [[figure.claim.id, figure.claim] as const] : []))).values()]
  return { quantityId: quantity.id, quantitySlug: quantity.slug, claims }
}

export function revalidateQuantityPages(pages: AffectedPages): void {
  revalidatePath('/review')
  revalidatePath('/review/conflicts')
  revalidatePath('/review/quantities')
  revalidatePath(`/review/quantities/${pages.quantityId}`)
  for (const claim of pages.claims) revalidatePath(`/review/claims/${claim.id}`)
  revalidatePublicSite()
}
