// Free slugs for new claims and quantities, and the retry when two people take the same one at once.
import type { DbTransaction } from '../../db'
import { isUniqueViolation } from '../../db-errors'
import { firstFreeSlug, slugify } from '../../slug'

/** A slug for a new claim (or a renamed unpublished one), unique among claims. */
export async function freeClaimSlug(tx: DbTransaction, text: string, ownId?: string): Promise<string> {
  const base = slugify(text)
  const taken = await tx.claim.findMany({ where: { slug: { startsWith: base }, id: ownId ? { not: ownId } : undefined }, select: { slug: true } })
  return firstFreeSlug(base, new Set(taken.map((claim) => claim.slug)))
}

/** A slug for a new quantity, unique among quantities. */
export async function freeQuantitySlug(tx: DbTransaction, name: string): Promise<string> {
  const base = slugify(name, undefined, 'quantity')
  const taken = await tx.quantity.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
  return firstFreeSlug(base, new Set(taken.map((quantity) => quantity.slug)))
}

/**
 * Runs `write` again when two people took the same new slug at once (a unique violation): the
 * second try sees the first one's slug as taken.
 */
export async function retryOnUniqueClash<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= attempts) throw error
    }
  }
}
