// A claim's first verdict draft, inside the caller's transaction: what the saveVerdict action writes
// once it has checked the evidence and inclusions against the claim, and what the seed writes for
// each corpus verdict. No Next.js imports.
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import type { Rating } from '../../generated/prisma/enums'
import { replaceInclusions, type Inclusions } from './inclusions'
import { auditSnapshot, createRevision, type CitedEvidence } from './verdict-store'

export type NewDraft = { claimId: string; rating: Rating; summary: string; rationale: string; evidence: CitedEvidence; includes: Inclusions }

/** Revision 1, a draft written by `user` (its author and first contributor), audited as `verdict.create`. */
export async function createDraft(tx: DbTransaction, user: { id: string }, input: NewDraft): Promise<{ id: string }> {
  const { claimId, evidence, includes } = input
  const content = { rating: input.rating, summary: input.summary, rationale: input.rationale, correctionNote: null }
  const created = await createRevision(tx, user.id, { claimId, revision: 1, ...content }, evidence)
  await replaceInclusions(tx, created.id, includes)
  const after = { ...auditSnapshot({ status: 'DRAFT', ...content, reviewComment: null, evidence }), includes }
  await audit(tx, { actorId: user.id, action: 'verdict.create', entityType: 'Verdict', entityId: created.id, after })
  return created
}
