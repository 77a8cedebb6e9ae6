// A team member starts or stops watching a source (docs/decisions/024): a watched source is fetched
// again every WATCH_INTERVAL_HOURS, its first scheduled re-check one interval from now.
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { AppError, notFound } from '../../errors'
import { nextCheckFrom, readWatchable, watchRefusal } from './watch-rules'

/**
 * Sets whether `sourceId` is watched. Watching is refused (AppError `invalid`, with why) for a
 * source that cannot be (watchRefusal); setting what is already set changes nothing.
 */
export async function setSourceWatched(tx: DbTransaction, actorId: string, sourceId: string, isWatched: boolean, now = new Date()) {
  await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${sourceId} FOR UPDATE`
  const source = await readWatchable(tx, sourceId)
  if (!source) throw notFound('source')
  if (source.isWatched === isWatched) return { isChanged: false }
  const refusal = isWatched ? watchRefusal(source) : null
  if (refusal) throw new AppError('invalid', `${refusal} Nothing was changed.`)
  const nextCheckAt = isWatched ? nextCheckFrom(now) : null
  // In SQL, not through the client: watching is not an edit of the source, so its updatedAt (what
  // the details form's stale-save check and the sitemap's lastmod read) stays as it is.
  await tx.$executeRaw`UPDATE "Source" SET "isWatched" = ${isWatched}, "nextCheckAt" = ${nextCheckAt} WHERE id = ${sourceId}`
  await audit(tx, { actorId, action: isWatched ? 'source.watch' : 'source.unwatch', entityType: 'Source', entityId: sourceId, before: { isWatched: !isWatched }, after: { isWatched, nextCheckAt } })
  return { isChanged: true }
}
