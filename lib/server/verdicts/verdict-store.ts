// Database steps the verdict writes share (no Next.js imports, so the seed uses them too): load a revision with what the rules and the audit need,
// refuse stale or disallowed changes, and write a transition guarded by the lock version.
import type { DbTransaction } from '../../db'
import { staleSaveError } from '../audit/audit-log'
import { AppError, forbiddenError, notFound } from '../../errors'
import type { Prisma } from '../../generated/prisma/client'
import type { Rating } from '../../generated/prisma/enums'
import { decide, type VerdictTransition, type WorkflowRevision, type WorkflowUser } from '../../verdicts/workflow'
import { REVISION_CONTENT } from '../../data/selects'

const revisionSelect = {
  ...REVISION_CONTENT,
  claimId: true,
  reviewComment: true,
  lockVersion: true,
  authorId: true,
  lastEditedById: true,
  contributors: { select: { userId: true } },
  supersededAt: true,
  approvedAt: true,
  updatedAt: true,
  claim: { select: { slug: true, publishedAt: true } },
  evidence: { orderBy: { position: 'asc' }, select: { quoteId: true, note: true, quote: { select: { exact: true } } } },
} as const satisfies Prisma.VerdictSelect

export type StoredRevision = Prisma.VerdictGetPayload<{ select: typeof revisionSelect }>

export async function loadRevision(tx: DbTransaction, verdictId: string): Promise<StoredRevision> {
  const row = await tx.verdict.findUnique({ where: { id: verdictId }, select: revisionSelect })
  if (!row) throw notFound('verdict')
  return row
}

export function workflowFacts(row: StoredRevision): WorkflowRevision {
  return { ...row, evidenceCount: row.evidence.length, contributorIds: row.contributors.map((item) => item.userId) }
}

/**
 * Records that `userId` changed the content of revision `verdictId` at `at`, so that they may not
 * approve, return or publish it: their first change adds them, a later one moves their last change.
 * Call it in the transaction of the change: a save that changes something, a new revision, an edit
 * of a figure the revision includes.
 */
export async function recordContribution(tx: DbTransaction, verdictId: string, userId: string, at: Date): Promise<void> {
  await tx.verdictContributor.upsert({
    where: { verdictId_userId: { verdictId, userId } },
    create: { verdictId, userId, firstChangedAt: at, lastChangedAt: at },
    update: { lastChangedAt: at },
  })
}

type NewRevision = { claimId: string; revision: number; rating: Rating; summary: string; rationale: string; correctionNote: string | null }

/** A new draft revision (the first, or a correction) written by `authorId`, its first contributor. */
export async function createRevision(tx: DbTransaction, authorId: string, content: NewRevision, evidence: CitedEvidence): Promise<{ id: string }> {
  const now = new Date()
  const created = await tx.verdict.create({
    data: { ...content, authorId, lastEditedById: authorId, createdAt: now, lastEditedAt: now },
    select: { id: true },
  })
  await replaceEvidence(tx, created.id, evidence)
  await recordContribution(tx, created.id, authorId, now)
  return created
}

/** Whether the claim has a revision other than `exceptId` that is not published. */
export async function hasUnpublishedRevision(tx: DbTransaction, claimId: string, exceptId?: string): Promise<boolean> {
  const other = await tx.verdict.findFirst({ where: { claimId, status: { not: 'PUBLISHED' }, id: exceptId ? { not: exceptId } : undefined }, select: { id: true } })
  return other !== null
}

/** The conflict for a page that shows an older copy of the revision: who changed it last, and when. */
export function staleError(tx: DbTransaction, row: { id: string; updatedAt: Date }): Promise<AppError> {
  return staleSaveError(tx, { entityType: 'Verdict', id: row.id, what: 'verdict', updatedAt: row.updatedAt })
}

/**
 * Refuses the transition unless the page was showing the current copy and the workflow allows it.
 * The lock version is checked first: a decision based on an old copy is refused as such.
 */
export async function authorize(
  tx: DbTransaction,
  transition: VerdictTransition,
  user: WorkflowUser,
  row: StoredRevision,
  lockVersion: number,
): Promise<void> {
  if (row.lockVersion !== lockVersion) throw await staleError(tx, row)
  const context = { hasUnpublishedRevision: transition === 'correct' ? await hasUnpublishedRevision(tx, row.claimId, row.id) : false }
  const decision = decide(transition, user, workflowFacts(row), context)
  if (!decision.allowed) throw decision.code === 'forbidden' ? forbiddenError(decision.reason) : new AppError('invalid', decision.reason)
}

/** Writes `data` only if nobody changed the revision since `lockVersion`, and bumps the version. */
export async function writeIfCurrent(tx: DbTransaction, row: StoredRevision, lockVersion: number, data: Prisma.VerdictUncheckedUpdateManyInput): Promise<void> {
  const saved = await tx.verdict.updateMany({ where: { id: row.id, lockVersion }, data: { ...data, lockVersion: { increment: 1 } } })
  if (saved.count === 0) throw await staleError(tx, row)
}

export type CitedEvidence = StoredRevision['evidence']

/**
 * The passages to cite, in order, with their text. A passage may be cited when the claim quotes it
 * (an appearance or a figure) or when the revision already cites it; anything else is refused.
 */
export async function resolveEvidence(
  tx: DbTransaction,
  claimId: string,
  evidence: ReadonlyArray<{ quoteId: string; note: string | null }>,
  alreadyCited: CitedEvidence = [],
): Promise<CitedEvidence> {
  const quotes = await tx.quote.findMany({
    where: {
      id: { in: evidence.map((item) => item.quoteId) },
      OR: [{ appearances: { some: { claimId } } }, { figures: { some: { claimId } } }, { id: { in: alreadyCited.map((item) => item.quoteId) } }],
    },
    select: { id: true, exact: true },
  })
  const exactById = new Map(quotes.map((quote) => [quote.id, quote.exact]))
  if (evidence.some((item) => !exactById.has(item.quoteId))) {
    const message = 'Cite only passages where the claim appears or that state its figures.'
    throw new AppError('invalid', message, { evidence: [message] })
  }
  return evidence.map((item) => ({ quoteId: item.quoteId, note: item.note, quote: { exact: exactById.get(item.quoteId)! } }))
}

/** Replaces a revision's citations with `evidence`, in that order. */
export async function replaceEvidence(tx: DbTransaction, verdictId: string, evidence: CitedEvidence): Promise<void> {
  await tx.verdictEvidence.deleteMany({ where: { verdictId } })
  await tx.verdictEvidence.createMany({ data: evidence.map((item, position) => ({ verdictId, quoteId: item.quoteId, note: item.note, position })) })
}

const QUOTE_EXCERPT = 80

/** A revision as the audit log shows it: the fields a person reads, evidence as short quotes. */
export function auditSnapshot(row: Pick<StoredRevision, 'status' | 'rating' | 'summary' | 'rationale' | 'correctionNote' | 'reviewComment' | 'evidence'>) {
  const excerpt = (exact: string) => (exact.length > QUOTE_EXCERPT ? `${exact.slice(0, QUOTE_EXCERPT - 1)}…` : exact)
  return {
    status: row.status,
    rating: row.rating,
    summary: row.summary,
    rationale: row.rationale,
    correctionNote: row.correctionNote,
    reviewComment: row.reviewComment,
    evidence: row.evidence.map((item) => `“${excerpt(item.quote.exact)}”${item.note ? ` (${item.note})` : ''}`),
  }
}
