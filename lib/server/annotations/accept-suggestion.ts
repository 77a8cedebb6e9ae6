// Accepting the importer's suggestion an annotation came from, and the refusal when someone decided
// it first (dismissing one refuses the same way).
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { AppError, notFound } from '../../errors'

/** Marks an open suggestion of this snapshot ACCEPTED by `userId`; refuses one already decided. */
export async function acceptSuggestion(tx: DbTransaction, suggestionId: string, snapshotId: string, userId: string) {
  const suggestion = await tx.suggestion.findUnique({
    where: { id: suggestionId },
    select: { id: true, snapshotId: true, status: true, decidedAt: true, decidedBy: { select: { name: true } } },
  })
  if (!suggestion || suggestion.snapshotId !== snapshotId) throw notFound('suggestion')
  if (suggestion.status !== 'OPEN') throw suggestionDecided(suggestion)
  const decided = await tx.suggestion.update({
    where: { id: suggestionId },
    data: { status: 'ACCEPTED', decidedById: userId, decidedAt: new Date() },
    select: { status: true, decidedById: true, decidedAt: true },
  })
  await audit(tx, { actorId: userId, action: 'suggestion.accept', entityType: 'Suggestion', entityId: suggestionId, before: { status: 'OPEN' }, after: decided })
}

/** The refusal of a suggestion someone already accepted or dismissed, naming them and when. */
export function suggestionDecided(suggestion: { status: string; decidedAt: Date | null; decidedBy: { name: string } | null }) {
  const who = suggestion.decidedBy?.name ?? 'Someone'
  const when = suggestion.decidedAt ? ` at ${suggestion.decidedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC` : ''
  return new AppError('conflict', `${who} already ${suggestion.status === 'ACCEPTED' ? 'accepted' : 'dismissed'} this suggestion${when}. Nothing was saved.`)
}
