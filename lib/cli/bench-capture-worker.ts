// The worker process of `npm run bench:capture` (lib/cli/bench-capture.ts), started by it with
// DATABASE_URL and CAPTURE_ALLOW_PRIVATE_ADDRESSES set: it works the job queue as `npm run worker`
// does (startWorkers) and times one thing, then prints one line, `RESULT {json}`. Not for people to run.
//   capture <url> <askerId>   a reviewer's capture of <url>: request → job → stored source
//   recheck <since ISO>       one pass of the schedule, then every re-check it queued, to the last
//                             (re-check workers only: the cron's own pass would split the round)
import { performance } from 'node:perf_hooks'
import { getDb } from '../db'
import { openQueue } from '../jobs/queue'
import { workRechecks } from '../jobs/recheck-source'
import { startWorkers, stopWorkers } from '../jobs/workers'
import { requestCapture } from '../server/captures/request-capture'
import { scheduleRechecks } from '../server/captures/schedule-rechecks'
import { requireDatabaseUrl } from '../env'

const [mode, ...args] = process.argv.slice(2)
let heapPeak = 0
const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 20)
let startRssBytes = 0
const memory = () => ({ startRssBytes, maxRssBytes: process.resourceUsage().maxRSS * 1024, heapPeakBytes: heapPeak })
const until = async (isDone: () => Promise<boolean>) => {
  while (!(await isDone())) await new Promise((resolve) => setTimeout(resolve, 20))
}

async function capture(url: string, askerId: string) {
  const db = getDb()
  const boss = await startWorkers(requireDatabaseUrl())
  startRssBytes = process.memoryUsage().rss
  const started = performance.now()
  const { id } = await db.$transaction((tx) => requestCapture(tx, boss, { url, kind: 'NEWS_ARTICLE' }, askerId))
  let row = await db.capture.findUniqueOrThrow({ where: { id } })
  await until(async () => {
    row = await db.capture.findUniqueOrThrow({ where: { id } })
    return row.status === 'STORED' || row.status === 'FAILED'
  })
  const totalMs = performance.now() - started
  const snapshot = row.snapshotId ? await db.sourceSnapshot.findUniqueOrThrow({ where: { id: row.snapshotId }, select: { text: true, _count: { select: { suggestions: true } } } }) : null
  return {
    status: row.status,
    error: row.error,
    totalMs,
    // From the request to the answer's arrival (the queue's polling, then the fetch), and from there to the stored source.
    toFetchedMs: row.fetchedAt!.getTime() - row.createdAt.getTime(),
    afterFetchMs: row.updatedAt.getTime() - row.fetchedAt!.getTime(),
    textLength: snapshot?.text.length ?? 0,
    suggestions: snapshot?._count.suggestions ?? 0,
  }
}

async function recheck(since: Date) {
  const db = getDb()
  // The re-check workers without the cron, whose own pass could take part of the round: this pass is the one timed.
  const boss = await openQueue(requireDatabaseUrl(), { supervise: true })
  await workRechecks(boss)
  startRssBytes = process.memoryUsage().rss
  const started = performance.now()
  const scheduled = await scheduleRechecks(db, boss)
  const scheduleMs = performance.now() - started
  const round = { purpose: 'RECHECK' as const, createdAt: { gte: since } }
  await until(async () => (await db.capture.count({ where: { ...round, status: { in: ['QUEUED', 'FETCHING'] } } })) === 0)
  const totalMs = performance.now() - started
  const rows = await db.capture.findMany({ where: round, select: { sourceId: true, status: true, error: true, fetchedAt: true, updatedAt: true } })
  // After the answer came: nothing more for the same bytes, the isolated read (and a new version) otherwise.
  const checks = rows.map((row) => ({ sourceId: row.sourceId!, status: row.status, error: row.error, afterFetchMs: row.fetchedAt ? row.updatedAt.getTime() - row.fetchedAt.getTime() : null }))
  return { ...scheduled, scheduleMs, totalMs, checks }
}

const result = mode === 'capture' ? await capture(args[0]!, args[1]!) : await recheck(new Date(args[0]!))
clearInterval(sampler)
console.log(`RESULT ${JSON.stringify({ ...result, ...memory() })}`)
await stopWorkers()
await getDb().$disconnect()
process.exit(0)
