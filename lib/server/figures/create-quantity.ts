// A new quantity, inside the caller's transaction: one named in the figure form (addFigure), or one
// of the seed's corpus quantities. No Next.js imports.
import { freeQuantitySlug } from '../annotations/free-slug'
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'

export type NewQuantity = {
  name: string
  unit: string
  /** A free slug from the name when not given (the seed's quantities keep their corpus slugs). */
  slug?: string
  description?: string | null
}

/** Creates the quantity and audits it (`quantity.create`); returns its id. */
export async function createQuantity(tx: DbTransaction, user: { id: string }, input: NewQuantity): Promise<string> {
  const quantity = await tx.quantity.create({
    data: { slug: input.slug ?? (await freeQuantitySlug(tx, input.name)), name: input.name, unit: input.unit, description: input.description ?? null },
    select: { id: true, slug: true, name: true, unit: true },
  })
  await audit(tx, { actorId: user.id, action: 'quantity.create', entityType: 'Quantity', entityId: quantity.id, after: quantity })
  return quantity.id
}
