// Fetching a watched source again: a team member asks for it on the source's page, or the schedule
// finds it due (schedule-rechecks.ts). Either way the capture's row and its job are written in the
// caller's transaction, and a source never has two re-checks under way.
import type PgBoss from 'pg-boss'
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { AppError, notFound } from '../../errors'
import { formatMoment } from '../../format'
import { JOBS, sendJob } from '../../jobs/queue'
import { askerName } from '../../labels/capture'
import { nextCheckFrom, openRecheckWhere, readWatchable, watchRefusal } from './watch-rules'

export type RecheckJobData = { captureId: string }

const ABANDONED = 'The worker stopped before this re-check finished, and a new one was queued in its place.'

/**
 * Queues a re-check of `source` at its address, asked for by `requestedById` (null: the schedule),
 * and moves a watched source's next scheduled check one interval on. The caller holds the source's
 * row lock and has found no re-check under way (openRecheckWhere); one left by a stopped worker is
 * ended, saying so. Returns null, queuing nothing, when pg-boss already holds a waiting job for the
 * source (the job's singletonKey is the source's id).
 */
export async function queueRecheck(tx: DbTransaction, boss: PgBoss, source: { id: string; url: string }, requestedById: string | null, now: Date) {
  const capture = await tx.capture.create({ data: { purpose: 'RECHECK', requestedUrl: source.url, sourceId: source.id, requestedById }, select: { id: true } })
  const jobId = await sendJob(tx, boss, JOBS.recheckSource.name, { captureId: capture.id } satisfies RecheckJobData, { singletonKey: source.id })
  if (jobId === null) {
    await tx.capture.delete({ where: { id: capture.id } })
    return null
  }
  await tx.capture.updateMany({ where: { sourceId: source.id, purpose: 'RECHECK', status: { in: ['QUEUED', 'FETCHING'] }, id: { not: capture.id } }, data: { status: 'FAILED', error: ABANDONED } })
  // SQL, not the client: a check is not an edit, so the source's updatedAt stays (set-source-watched.ts).
  await tx.$executeRaw`UPDATE "Source" SET "nextCheckAt" = ${nextCheckFrom(now)} WHERE id = ${source.id} AND "isWatched"`
  return capture
}

/**
 * A team member asks for a source to be fetched again now (watched or not, as long as it may be
 * watched). Refused, saying by whom and since when, while a re-check of it is already under way.
 */
export async function requestRecheck(tx: DbTransaction, boss: PgBoss, sourceId: string, actorId: string, now = new Date()) {
  await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${sourceId} FOR UPDATE`
  const source = await readWatchable(tx, sourceId)
  if (!source) throw notFound('source')
  const refusal = watchRefusal(source)
  if (refusal) throw new AppError('invalid', `${refusal} Nothing was queued.`)
  const open = await tx.capture.findFirst({ where: openRecheckWhere(sourceId, now), orderBy: { createdAt: 'desc' }, select: { createdAt: true, requestedBy: { select: { name: true } } } })
  const waiting = (since: string) => new AppError('conflict', `A re-check of this source is already under way${since}. Nothing new was queued; its result will show here.`)
  if (open) throw waiting(` (asked by ${askerName(open.requestedBy)} at ${formatMoment(open.createdAt)})`)
  const capture = await queueRecheck(tx, boss, { id: sourceId, url: source.url! }, actorId, now)
  if (!capture) throw waiting('')
  await audit(tx, { actorId, action: 'capture.request', entityType: 'Capture', entityId: capture.id, after: { purpose: 'RECHECK', sourceId, url: source.url } })
  return capture
}
