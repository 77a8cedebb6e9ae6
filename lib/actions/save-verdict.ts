'use server'

import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import type { CurrentUser } from '../auth/session'
import { getDb, type DbTransaction } from '../db'
import { AppError, conflictError, notFound } from '../errors'
import type { VerdictSaveInput } from '../validations/verdict'
import { verdictSaveSchema } from '../validations/verdict'
import { isSameContent } from '../verdicts/compare'
import { auditSnapshot, authorize, loadRevision, recordContribution, replaceEvidence, resolveEvidence, writeIfCurrent } from '../server/verdicts/verdict-store'
import { isUniqueViolation } from '../db-errors'
import { isSameInclusions, readInclusions, replaceInclusions, resolveInclusions } from '../server/verdicts/inclusions'
import { revalidateVerdictPages } from '../server/verdicts/revalidate'
import { createDraft } from '../server/verdicts/create-draft'
import { isCorrection } from '../verdicts/workflow'

/** Creates the claim's first draft verdict, or saves an edit of a draft or returned revision. */
export const saveVerdict = authedAction({ permission: 'verdict.draft', schema: verdictSaveSchema }, async (input, { user }) => {
  const db = getDb()
  const claim = await db.claim.findUnique({ where: { id: input.claimId }, select: { id: true, slug: true, publishedAt: true } })
  if (!claim) throw notFound('claim')
  if (input.verdictId) {
    const verdictId = input.verdictId
    const isChanged = await db.$transaction((tx) => saveEdit(tx, user, input, verdictId))
    // Nothing was written: the revision, its last editor and its contributors stay as they were.
    if (!isChanged) return { status: 'ok', message: 'Nothing to save: the draft already says this.' }
  } else {
    try {
      await db.$transaction((tx) => createFirstDraft(tx, user, input))
    } catch (error) {
      // Someone created the first draft between our check and our insert.
      if (isUniqueViolation(error)) throw await firstDraftExists(input.claimId)
      throw error
    }
  }
  revalidateVerdictPages(claim.id, false)
  return { status: 'ok', message: 'Draft saved.' }
})

async function createFirstDraft(tx: DbTransaction, user: CurrentUser, input: VerdictSaveInput) {
  if (await tx.verdict.findFirst({ where: { claimId: input.claimId }, select: { id: true } })) throw await firstDraftExists(input.claimId, tx)
  const evidence = await resolveEvidence(tx, input.claimId, input.evidence)
  const includes = await resolveInclusions(tx, input.claimId, { figureIds: input.includeFigure, appearanceIds: input.includeAppearance })
  await createDraft(tx, user, { claimId: input.claimId, rating: input.rating, summary: input.summary, rationale: input.rationale, evidence, includes })
}

/** Saves the edit; false, writing nothing, when it would not change the revision's content. */
async function saveEdit(tx: DbTransaction, user: CurrentUser, input: VerdictSaveInput, verdictId: string): Promise<boolean> {
  const current = await loadRevision(tx, verdictId)
  if (current.claimId !== input.claimId) throw notFound('verdict')
  const lockVersion = input.lockVersion!
  await authorize(tx, 'edit', user, current, lockVersion)
  if (isCorrection(current) && !input.correctionNote) {
    const message = 'Say what this correction changes; readers will see the note with its date.'
    throw new AppError('invalid', 'Check the highlighted fields; nothing was saved.', { correctionNote: [message] })
  }
  const evidence = await resolveEvidence(tx, input.claimId, input.evidence, current.evidence)
  const includes = await resolveInclusions(tx, input.claimId, { figureIds: input.includeFigure, appearanceIds: input.includeAppearance })
  const included = await readInclusions(tx, current.id)
  const content = {
    rating: input.rating,
    summary: input.summary,
    rationale: input.rationale,
    // Revision 1 is the original verdict: it has nothing to correct.
    correctionNote: isCorrection(current) ? input.correctionNote : null,
  }
  if (isSameContent(current, { ...content, evidence }) && isSameInclusions(included, includes)) return false
  const now = new Date()
  await writeIfCurrent(tx, current, lockVersion, { ...content, lastEditedById: user.id, lastEditedAt: now })
  await replaceEvidence(tx, current.id, evidence)
  await replaceInclusions(tx, current.id, includes)
  await recordContribution(tx, current.id, user.id, now)
  await audit(tx, {
    actorId: user.id,
    action: 'verdict.update',
    entityType: 'Verdict',
    entityId: current.id,
    before: { ...auditSnapshot(current), includes: included },
    after: { ...auditSnapshot({ ...current, ...content, evidence }), includes },
  })
  return true
}

/** The conflict when the claim already has a verdict: who started it, and when. */
async function firstDraftExists(claimId: string, tx: DbTransaction = getDb()) {
  const first = await tx.verdict.findFirst({
    where: { claimId },
    orderBy: { revision: 'asc' },
    select: { createdAt: true, author: { select: { name: true } } },
  })
  return conflictError('verdict', first?.author.name ?? 'Someone', first?.createdAt ?? new Date())
}
