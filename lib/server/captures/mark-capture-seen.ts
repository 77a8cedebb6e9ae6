// A team member marks what a re-check found (a new version, a vanished or moved page) as seen: it
// leaves the "Changed sources" queue. The capture stays on the source's page.
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { AppError, notFound } from '../../errors'
import { formatMoment } from '../../format'

/** The re-checks the queue lists until someone marks them seen. */
export const CHANGE_STATUSES = ['STORED', 'GONE', 'MOVED'] as const

export async function markCaptureSeen(tx: DbTransaction, actorId: string, captureId: string, now = new Date()) {
  const [capture] = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Capture" WHERE id = ${captureId} FOR UPDATE`
  const row = capture && (await tx.capture.findUniqueOrThrow({ where: { id: captureId }, select: { purpose: true, status: true, sourceId: true, reviewedAt: true, reviewedBy: { select: { name: true } } } }))
  if (!row || row.purpose !== 'RECHECK' || !(CHANGE_STATUSES as readonly string[]).includes(row.status)) throw notFound('change to a watched source')
  if (row.reviewedAt) throw new AppError('conflict', `${row.reviewedBy?.name ?? 'Someone'} marked this seen at ${formatMoment(row.reviewedAt)}. Nothing more to do.`)
  await tx.capture.update({ where: { id: captureId }, data: { reviewedAt: now, reviewedById: actorId } })
  await audit(tx, { actorId, action: 'capture.seen', entityType: 'Capture', entityId: captureId, before: { reviewedAt: null }, after: { reviewedAt: now, sourceId: row.sourceId } })
  return { sourceId: row.sourceId }
}
