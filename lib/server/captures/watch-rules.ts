// What watching a source rests on (docs/decisions/024): which sources may be watched, when the next
// scheduled re-check is due, and which re-check of a source is still under way.
import type { DbTransaction } from '../../db'
import { env } from '../../env'
import type { Prisma } from '../../generated/prisma/client'

/** When a source checked (or watched) at `now` is due again: WATCH_INTERVAL_HOURS later. */
export const nextCheckFrom = (now: Date): Date => new Date(now.getTime() + env.WATCH_INTERVAL_HOURS * 3_600_000)

/**
 * A re-check still QUEUED or FETCHING this long after its last step has lost its worker: its job's
 * every try (4 of at most 3 minutes each, with back-off between them) is over by then.
 */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000

/** The source's (or sources') re-check still under way at `now`: a second one is never queued beside it. */
export const openRecheckWhere = (sourceId: string | { in: string[] }, now: Date): Prisma.CaptureWhereInput => ({
  sourceId,
  purpose: 'RECHECK',
  status: { in: ['QUEUED', 'FETCHING'] },
  updatedAt: { gt: new Date(now.getTime() - ABANDONED_AFTER_MS) },
})

export const isWebAddress = (url: string | null): url is string => url !== null && URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)

export const NO_ADDRESS = 'This source has no web address (http:// or https://) to fetch again. Add its address in its details first.'
export const NOT_CAPTURED =
  'Only a source whose text was captured from its web address can be watched: a pasted or uploaded text is read differently from the page, so every re-check would find a “change”. Import it by its address to watch it.'

/**
 * Why the source cannot be watched or re-checked, or null when it can: it needs an http(s) address
 * and a version read from that address by a capture (an import by address, or a re-check).
 */
export function watchRefusal(source: { url: string | null; capturedVersions: number }): string | null {
  if (!isWebAddress(source.url)) return NO_ADDRESS
  if (source.capturedVersions === 0) return NOT_CAPTURED
  return null
}

/** What watchRefusal needs of a source, read in the caller's transaction; null when there is no such source. */
export async function readWatchable(tx: DbTransaction, sourceId: string) {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { id: true, url: true, isWatched: true, _count: { select: { captures: { where: { status: 'STORED' } } } } },
  })
  return source && { id: source.id, url: source.url, isWatched: source.isWatched, capturedVersions: source._count.captures }
}
