// Creating a claim with the passages it appears in, inside the caller's transaction: what the
// createClaim action does with a selected passage, and what the seed does for each corpus claim.
// No Next.js imports.
import { freeClaimSlug } from '../annotations/free-slug'
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import type { Stance } from '../../generated/prisma/enums'

export type NewClaim = {
  text: string
  claimant: string | null
  /** A free slug from the text when not given (the seed's claims keep their corpus slugs). */
  slug?: string
  /** Passages (quotes) the claim appears in, each with the source's stance; the first is the one it was made from. */
  appearances: ReadonlyArray<{ quoteId: string; stance: Stance }>
}

/** A new, unpublished claim and its appearances, audited as one `claim.create` entry that lists them. */
export async function createClaim(tx: DbTransaction, user: { id: string }, input: NewClaim) {
  const claim = await tx.claim.create({
    data: { slug: input.slug ?? (await freeClaimSlug(tx, input.text)), text: input.text, claimant: input.claimant, createdById: user.id },
    select: { id: true, slug: true, text: true, claimant: true, lockVersion: true },
  })
  const appearances = []
  for (const { quoteId, stance } of input.appearances) {
    appearances.push(await tx.appearance.create({ data: { claimId: claim.id, quoteId, stance }, select: { id: true, quoteId: true, stance: true } }))
  }
  await audit(tx, { actorId: user.id, action: 'claim.create', entityType: 'Claim', entityId: claim.id, after: { ...claim, appearances } })
  return { ...claim, appearances }
}
