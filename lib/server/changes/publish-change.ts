// Publishes a pending change (docs/decisions/016): an editor who did not propose it, on the approve
// screen that showed exactly this change; it is written to the row the public reads, in one
// transaction, or not at all.
import { audit } from '../audit/audit-log'
import type { CurrentUser } from '../../auth/session'
import type { ChangeValues } from '../../changes/pending-change'
import type { DbTransaction } from '../../db'
import { AppError, forbiddenError, StaleScreenError } from '../../errors'
import { formatMoment } from '../../format'
import { setStance } from '../claims/set-stance'
import { writeRank } from '../figures/rank-figure'
import { adoptVersion } from '../sources/adopt-version'
import { updateSourceDetails } from '../sources/update-source-details'
import { changeDigest, readChangeScreen } from './read-change'

/** Marks the refusal whose page must be shown again, with the change as it is now. */
export const CHANGE_CHANGED = 'This change, or what it changes, moved on after you opened the page. Nothing was published; check it again below.'

/** Locks the change and the row it changes, so nothing moves between reading and writing. */
export async function lockChange(tx: DbTransaction, changeId: string) {
  const [change] = await tx.$queryRaw<Array<{ figureId: string | null; sourceId: string | null; appearanceId: string | null }>>`
    SELECT "figureId", "sourceId", "appearanceId" FROM "PendingChange" WHERE id = ${changeId} FOR UPDATE`
  if (change?.figureId) await tx.$queryRaw`SELECT id FROM "Figure" WHERE id = ${change.figureId} FOR UPDATE`
  if (change?.sourceId) await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${change.sourceId} FOR UPDATE`
  if (change?.appearanceId) await tx.$queryRaw`SELECT id FROM "Appearance" WHERE id = ${change.appearanceId} FOR UPDATE`
}

export async function publishChange(tx: DbTransaction, user: CurrentUser, input: { changeId: string; digest: string }) {
  await lockChange(tx, input.changeId)
  const screen = await readChangeScreen(tx, input.changeId)
  if (screen.status !== 'PENDING') {
    const what = screen.status === 'PUBLISHED' ? 'published' : 'withdrew'
    throw new AppError('conflict', `${screen.decidedBy?.name ?? 'Someone'} ${what} this change at ${formatMoment(screen.decidedAt!)}. Nothing more to do.`)
  }
  if (screen.proposedBy?.id === user.id) throw forbiddenError('You proposed this change, so another editor must publish it. Nothing was published.')
  if (changeDigest(screen) !== input.digest) throw new StaleScreenError(CHANGE_CHANGED)
  if (screen.stale) throw new AppError('conflict', `${screen.stale} Nothing was published.`)

  const row = await tx.pendingChange.findUniqueOrThrow({ where: { id: input.changeId }, select: { kind: true, figureId: true, sourceId: true, appearanceId: true, snapshotId: true, before: true, after: true, appearance: { select: { claimId: true } } } })
  const applied = { changeId: input.changeId, proposedById: screen.proposedBy?.id ?? null }
  if (row.kind === 'FIGURE_RANK') {
    await writeRank(tx, user.id, row.figureId!, row.before as ChangeValues['FIGURE_RANK'], row.after as ChangeValues['FIGURE_RANK'], applied)
  } else if (row.kind === 'SOURCE_DETAILS') {
    await updateSourceDetails(tx, user.id, row.sourceId!, row.before as ChangeValues['SOURCE_DETAILS'], row.after as ChangeValues['SOURCE_DETAILS'], applied)
  } else if (row.kind === 'APPEARANCE_STANCE') {
    await setStance(tx, user.id, row.appearanceId!, row.before as ChangeValues['APPEARANCE_STANCE'], row.after as ChangeValues['APPEARANCE_STANCE'], applied)
  } else {
    await adoptVersion(tx, row.snapshotId!, user.id, applied)
  }
  const decided = { status: 'PUBLISHED' as const, decidedById: user.id, decidedAt: new Date() }
  await tx.pendingChange.update({ where: { id: input.changeId }, data: decided })
  await audit(tx, { actorId: user.id, action: 'change.publish', entityType: 'PendingChange', entityId: input.changeId, before: { status: 'PENDING' }, after: decided })
  return { kind: row.kind, figureId: row.figureId, sourceId: row.sourceId, claimId: row.appearance?.claimId ?? null }
}
