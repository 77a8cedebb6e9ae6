// Watching sources against the real database and job queue, with a local web server: which sources
// may be watched, a re-check asked for now (queued once, with its job, in one transaction), the
// schedule (each due source queued once, even by two runs at once), two workers on the re-check
// queue (no job run twice), and the "Changed sources" queue (docs/decisions/024).
import PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countChangedSources, listChangedSources } from '../../data/workspace/captures'
import { connectDb } from '../../db'
import { env } from '../../env'
import { pastedOriginal } from '../../import'
import { closeQueue, JOBS, openQueue } from '../../jobs/queue'
import { workJobs } from '../../jobs/work'
import { startLocalWebServer, type Handler, type LocalWebServer } from '../../testing/local-web-server'
import { articlePage, LOCAL_PAGES, sendHtml } from '../../testing/watched-pages'
import { createSource } from '../sources/create-source'
import { markCaptureSeen } from './mark-capture-seen'
import { requestRecheck } from './request-recheck'
import { runRecheck } from './run-recheck'
import { scheduleRechecks } from './schedule-rechecks'
import { setSourceWatched } from './set-source-watched'
import type { RecheckJobData } from './request-recheck'

const url = process.env.DATABASE_URL!
const stamp = `${Date.now()}-${process.pid}`
const HOUR = 3_600_000

describe('watching sources on a schedule', () => {
  const db = connectDb(url)
  const reviewer = { id: '', email: `watch-reviewer-${stamp}@example.org`, name: `Watch reviewer ${stamp}`, role: 'REVIEWER' as const }
  const sourceIds: string[] = []
  const routes: Record<string, Handler> = {}
  const extra: PgBoss[] = []
  let server: LocalWebServer
  let boss: PgBoss

  /** A source captured from `path` (its original is the page's bytes), as an import by address leaves it. */
  const capturedSource = async (path: string) => {
    const html = articlePage(`Watched ${path}`, [`Report ${stamp} at ${path}: prosecutions rose 79 percent, and 545 parents were not found, lawyers told the court that week.`])
    routes[path] = (_, response) => sendHtml(response, html)
    const address = `${server.origin}${path}`
    const details = { title: `Watched ${path} ${stamp}`, kind: 'NEWS_ARTICLE' as const, publisher: null, author: null, url: address, publishedOn: null }
    const original = { bytes: new TextEncoder().encode(html), mediaType: 'text/html; charset=utf-8' }
    const made = await db.$transaction((tx) => createSource(tx, details, { text: `Watched ${path} ${stamp}. Prosecutions rose 79 percent.`, original }, reviewer.id))
    await db.capture.create({ data: { purpose: 'IMPORT', status: 'STORED', requestedUrl: address, finalUrl: address, sourceId: made.sourceId, snapshotId: made.snapshotId, requestedById: reviewer.id } })
    sourceIds.push(made.sourceId)
    return made.sourceId
  }
  const watch = (sourceId: string, isWatched = true) => db.$transaction((tx) => setSourceWatched(tx, reviewer.id, sourceId, isWatched))
  const rechecksOf = (sourceId: string) => db.capture.findMany({ where: { sourceId, purpose: 'RECHECK' }, orderBy: { createdAt: 'asc' } })
  const jobsFor = async (captureIds: string[]) =>
    db.$queryRawUnsafe<Array<{ singleton_key: string; state: string; captureId: string }>>(
      `SELECT singleton_key, state::text AS state, data->>'captureId' AS "captureId" FROM pgboss.job WHERE name = $1 AND data->>'captureId' = ANY($2::text[])`,
      JOBS.recheckSource.name,
      captureIds,
    )

  beforeAll(async () => {
    server = await startLocalWebServer(routes)
    reviewer.id = (await db.user.create({ data: { email: reviewer.email, name: reviewer.name, role: 'REVIEWER', passwordHash: 'unusable' } })).id
    boss = await openQueue(url)
  })

  afterAll(async () => {
    for (const other of extra) await other.stop({ graceful: false })
    const captures = await db.capture.findMany({ where: { sourceId: { in: sourceIds } }, select: { id: true } })
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'captureId' = ANY($2::text[])`, JOBS.recheckSource.name, captures.map((c) => c.id))
    await closeQueue()
    await server.close()
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await db.user.update({ where: { id: reviewer.id }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('watches only a source captured from its web address, due one interval later, without touching its updatedAt', async () => {
    const pasted = await db.$transaction((tx) =>
      createSource(tx, { title: `Pasted ${stamp}`, kind: 'NEWS_ARTICLE', publisher: null, author: null, url: 'https://example.org/pasted', publishedOn: null }, { text: `Pasted ${stamp}.`, original: pastedOriginal(`Pasted ${stamp}.`) }, reviewer.id),
    )
    sourceIds.push(pasted.sourceId)
    await expect(watch(pasted.sourceId)).rejects.toThrow('Only a source whose text was captured from its web address can be watched')
    await db.source.update({ where: { id: pasted.sourceId }, data: { url: null } })
    await expect(watch(pasted.sourceId)).rejects.toThrow('This source has no web address')

    const sourceId = await capturedSource('/watched')
    const before = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { updatedAt: true } })
    const started = Date.now()
    expect(await watch(sourceId)).toEqual({ isChanged: true })
    expect(await watch(sourceId)).toEqual({ isChanged: false })
    const watched = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { isWatched: true, nextCheckAt: true, updatedAt: true } })
    expect(watched).toMatchObject({ isWatched: true, updatedAt: before.updatedAt })
    expect(watched.nextCheckAt!.getTime() - started).toBeGreaterThanOrEqual(env.WATCH_INTERVAL_HOURS * HOUR - 1000)
    expect(watched.nextCheckAt!.getTime() - started).toBeLessThanOrEqual(env.WATCH_INTERVAL_HOURS * HOUR + 5000)
    await watch(sourceId, false)
    expect(await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { isWatched: true, nextCheckAt: true } })).toEqual({ isWatched: false, nextCheckAt: null })
    const audits = await db.auditEntry.findMany({ where: { entityId: sourceId, action: { in: ['source.watch', 'source.unwatch'] } }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } })
    expect(audits).toEqual([{ action: 'source.watch', actorId: reviewer.id }, { action: 'source.unwatch', actorId: reviewer.id }])
  })

  it('queues a re-check asked for now with its job in one transaction, and never a second one beside it', async () => {
    const sourceId = await capturedSource('/on-demand')
    const first = await db.$transaction((tx) => requestRecheck(tx, boss, sourceId, reviewer.id))
    expect(await jobsFor([first.id])).toEqual([{ singleton_key: sourceId, state: 'created', captureId: first.id }])
    await expect(db.$transaction((tx) => requestRecheck(tx, boss, sourceId, reviewer.id))).rejects.toThrow(`A re-check of this source is already under way (asked by ${reviewer.name} at`)
    expect(await rechecksOf(sourceId)).toHaveLength(1)

    // A re-check left behind by a worker that stopped (its job gone, its row not updated for hours) gives way.
    await db.$executeRawUnsafe('DELETE FROM pgboss.job WHERE name = $1 AND data->>\'captureId\' = $2', JOBS.recheckSource.name, first.id)
    await db.$executeRaw`UPDATE "Capture" SET "updatedAt" = now() - interval '2 hours' WHERE id = ${first.id}`
    const second = await db.$transaction((tx) => requestRecheck(tx, boss, sourceId, reviewer.id))
    expect((await rechecksOf(sourceId)).map((c) => [c.id, c.status])).toEqual([[first.id, 'FAILED'], [second.id, 'QUEUED']])
    expect((await rechecksOf(sourceId))[0]!.error).toContain('The worker stopped before this re-check finished')
  })

  it('queues each due watched source once, even when two runs of the schedule overlap, and moves its next check on', async () => {
    const due = await Promise.all(['/due-1', '/due-2', '/due-3', '/due-4', '/due-5'].map(capturedSource))
    const later = await capturedSource('/not-yet')
    const busy = await capturedSource('/busy')
    for (const sourceId of [...due, later, busy]) await watch(sourceId)
    await db.$executeRaw`UPDATE "Source" SET "nextCheckAt" = now() - interval '1 minute' WHERE id = ANY(${[...due, busy]}::text[])`
    await db.$transaction((tx) => requestRecheck(tx, boss, busy, reviewer.id))

    const now = new Date()
    const runs = await Promise.all([scheduleRechecks(db, boss, { now, batchSize: 2 }), scheduleRechecks(db, boss, { now, batchSize: 2 })])
    expect(runs.reduce((sum, run) => sum + run.queued, 0)).toBeGreaterThanOrEqual(due.length)
    for (const sourceId of due) {
      const rechecks = await rechecksOf(sourceId)
      expect(rechecks.map((c) => [c.status, c.requestedById])).toEqual([['QUEUED', null]])
      expect(await jobsFor([rechecks[0]!.id])).toEqual([{ singleton_key: sourceId, state: 'created', captureId: rechecks[0]!.id }])
      expect((await db.source.findUniqueOrThrow({ where: { id: sourceId } })).nextCheckAt).toEqual(new Date(now.getTime() + env.WATCH_INTERVAL_HOURS * HOUR))
    }
    expect(await rechecksOf(later)).toEqual([])
    // The one a team member is re-checking already is passed over until its next interval.
    expect((await rechecksOf(busy)).map((c) => c.requestedById)).toEqual([reviewer.id])
    expect((await db.source.findUniqueOrThrow({ where: { id: busy } })).nextCheckAt!.getTime()).toBeGreaterThan(now.getTime())
    expect(await scheduleRechecks(db, boss, { now })).toEqual({ queued: 0, skipped: 0 })
  })

  it('runs every queued re-check exactly once with two workers on the queue', async () => {
    const ran: string[] = []
    const workers: PgBoss[] = []
    for (let n = 0; n < 2; n++) {
      const worker = new PgBoss({ connectionString: url, schema: 'pgboss', migrate: false, supervise: false, schedule: false })
      extra.push(worker)
      workers.push(worker)
      await worker.start()
    }
    // Enough jobs that both workers fetch batches while the other is working one.
    const more = []
    for (let n = 0; n < 40; n++) more.push(await capturedSource(`/many-${n}`))
    for (const sourceId of more) await watch(sourceId)
    await db.$executeRaw`UPDATE "Source" SET "nextCheckAt" = now() - interval '1 minute' WHERE id = ANY(${more}::text[])`
    expect(await scheduleRechecks(db, boss)).toEqual({ queued: 40, skipped: 0 })
    const queued = await db.capture.findMany({ where: { sourceId: { in: sourceIds }, purpose: 'RECHECK', status: 'QUEUED' }, select: { id: true } })
    expect(queued.length).toBeGreaterThanOrEqual(47)
    for (const worker of workers) {
      await workJobs<RecheckJobData>(worker, JOBS.recheckSource.name, async (run) => {
        ran.push(run.data.captureId)
        await runRecheck(run, { policy: LOCAL_PAGES })
        // Long enough for the other worker to fetch its own batch meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 20))
      })
    }
    const ids = queued.map((c) => c.id)
    await expect.poll(async () => (await jobsFor(ids)).filter((job) => job.state === 'completed').length, { timeout: 30_000, interval: 250 }).toBe(ids.length)
    for (const worker of workers) await worker.offWork(JOBS.recheckSource.name)
    expect(ran.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort())
    expect(new Set((await db.capture.findMany({ where: { id: { in: ids } }, select: { status: true } })).map((c) => c.status))).toEqual(new Set(['UNCHANGED']))
  }, 40_000)

  it('lists what a re-check found in "Changed sources" until someone marks it seen', async () => {
    const sourceId = await capturedSource('/gone')
    routes['/gone'] = (_, response) => void response.writeHead(410).end()
    const capture = await db.capture.create({ data: { purpose: 'RECHECK', requestedUrl: `${server.origin}/gone`, sourceId, requestedById: reviewer.id } })
    await runRecheck({ id: 'gone', data: { captureId: capture.id }, isLastTry: true }, { policy: LOCAL_PAGES })
    const count = await countChangedSources(reviewer)
    expect((await listChangedSources(reviewer)).find((change) => change.id === capture.id)).toMatchObject({ status: 'GONE', httpStatus: 410, source: { id: sourceId } })
    await db.$transaction((tx) => markCaptureSeen(tx, reviewer.id, capture.id))
    expect(await countChangedSources(reviewer)).toBe(count - 1)
    expect((await listChangedSources(reviewer)).some((change) => change.id === capture.id)).toBe(false)
    await expect(db.$transaction((tx) => markCaptureSeen(tx, reviewer.id, capture.id))).rejects.toThrow(`${reviewer.name} marked this seen at`)
  })
})
