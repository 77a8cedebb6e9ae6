// The watch schedule's work (lib/jobs/schedule-rechecks.ts, every few minutes): queue a re-check of
// every watched source that is due, a batch at a time. Each batch is one transaction that locks its
// sources, queues their jobs and moves their next check one interval on, so a crash queues nothing
// twice (an uncommitted batch is found due again) and two runs at once never take the same source.
import type PgBoss from 'pg-boss'
import type { Db } from '../../db'
import { Prisma } from '../../generated/prisma/client'
import { queueRecheck } from './request-recheck'
import { isWebAddress, nextCheckFrom, openRecheckWhere } from './watch-rules'

export type ScheduleOptions = {
  now?: Date
  /** Sources a transaction takes. */
  batchSize?: number
  /** Batches a run takes at most; what is left is due at the next run. */
  maxBatches?: number
}

/** Queues the due re-checks; returns how many were queued, and how many due sources were passed over. */
export async function scheduleRechecks(db: Db, boss: PgBoss, { now = new Date(), batchSize = 200, maxBatches = 25 }: ScheduleOptions = {}) {
  const total = { queued: 0, skipped: 0 }
  for (let batch = 0; batch < maxBatches; batch++) {
    const done = await db.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<Array<{ id: string; url: string | null }>>`
          SELECT id, url FROM "Source" WHERE "isWatched" AND "nextCheckAt" <= ${now}
          ORDER BY "nextCheckAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`
        if (due.length === 0) return { due: 0, queued: 0 }
        // A source a team member is re-checking already, or whose address was taken out of its
        // details, is passed over until its next interval.
        const busy = new Set((await tx.capture.findMany({ where: openRecheckWhere({ in: due.map((s) => s.id) }, now), select: { sourceId: true } })).map((c) => c.sourceId))
        const passed: string[] = []
        let queued = 0
        for (const source of due) {
          const isQueued = !busy.has(source.id) && isWebAddress(source.url) && (await queueRecheck(tx, boss, { id: source.id, url: source.url }, null, now)) !== null
          if (isQueued) queued++
          else passed.push(source.id)
        }
        if (passed.length > 0) await tx.$executeRaw`UPDATE "Source" SET "nextCheckAt" = ${nextCheckFrom(now)} WHERE id IN (${Prisma.join(passed)})`
        return { due: due.length, queued }
      },
      { timeout: 60_000 },
    )
    total.queued += done.queued
    total.skipped += done.due - done.queued
    if (done.due < batchSize) break
  }
  return total
}
