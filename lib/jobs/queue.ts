// The PostgreSQL job queue (pg-boss, in its own schema `pgboss`): captures, re-checks and other slow
// work. Every process that sends or works jobs opens it once; `npm start` works them in the web
// server's process unless JOBS_IN_PROCESS is off, and `npm run worker` works them in processes of
// their own. pg-boss hands each job to one worker (SELECT … FOR UPDATE SKIP LOCKED), retries a
// failed one with backoff, and keeps why it failed.
import PgBoss from 'pg-boss'
import type { DbTransaction } from '../db'

/** Each kind of job, with how it is retried. Names are pg-boss queue names. */
// A job may run this long before pg-boss counts it failed: a PDF's reading is watched by its own
// stall limit (lib/pdf/read-isolated.ts), and OCR of 2,000 scanned pages takes two hours or more.
const READING_A_PDF = 4 * 60 * 60

export const JOBS = {
  /** Fetch an address a reviewer gave and store it as a new source (lib/jobs/capture-source.ts). */
  captureSource: { name: 'capture-source', options: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: READING_A_PDF } },
  /** Fetch a watched source again and record what changed (lib/jobs/recheck-source.ts). */
  recheckSource: { name: 'recheck-source', options: { policy: 'stately', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: READING_A_PDF } },
  /** Read an uploaded PDF, by OCR for a scan, and store it (lib/jobs/read-upload.ts). */
  readUpload: { name: 'read-upload', options: { retryLimit: 1, retryDelay: 10, expireInSeconds: READING_A_PDF } },
  /** Queue a re-check of every watched source that is due (lib/jobs/schedule-rechecks.ts). */
  scheduleRechecks: { name: 'schedule-rechecks', options: { policy: 'singleton', retryLimit: 0, expireInSeconds: 600 } },
} as const satisfies Record<string, { name: string; options: Omit<PgBoss.Queue, 'name'> }>

export type JobName = (typeof JOBS)[keyof typeof JOBS]['name']

const globalForQueue = globalThis as unknown as { claimtrailQueue?: Promise<PgBoss> }

/**
 * The queue for `databaseUrl`, started once per process (its tables are created or migrated on the
 * first start, under pg-boss's own advisory lock). `supervise`: this process also runs pg-boss's
 * maintenance and schedules: a process that works jobs.
 */
export function openQueue(databaseUrl: string, { supervise = false } = {}): Promise<PgBoss> {
  globalForQueue.claimtrailQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4, migrate: true, supervise, schedule: supervise, application_name: 'claimtrail-jobs' })
    boss.on('error', (error) => console.error('[claimtrail] job queue:', error))
    await boss.start()
    for (const job of Object.values(JOBS)) {
      // createQueue leaves a queue that exists as it is: its options are brought up to date here.
      await boss.createQueue(job.name, { name: job.name, ...job.options })
      await boss.updateQueue(job.name, { name: job.name, ...job.options })
    }
    return boss
  })()
  return globalForQueue.claimtrailQueue
}

/** Stops this process's queue: running jobs may finish (up to `timeoutMs`), then its connections close. */
export async function closeQueue(timeoutMs = 10_000) {
  const queue = globalForQueue.claimtrailQueue
  if (queue === undefined) return
  globalForQueue.claimtrailQueue = undefined
  await (await queue).stop({ graceful: true, timeout: timeoutMs, wait: true })
}

/**
 * Queues a job in the caller's transaction: it exists exactly when what it is about was written
 * (a capture's row and its job commit or roll back together). Returns the job's id, or null when a
 * job with the same `singletonKey` is already waiting.
 */
export async function sendJob(tx: DbTransaction, boss: PgBoss, name: JobName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  return boss.send(name, data, { ...options, db: transactionDb(tx) })
}

/** pg-boss's SQL run through the Prisma transaction: parameters as text or JSON, as pg would send them. */
function transactionDb(tx: DbTransaction): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const params = values.map((value) => (value === null || value === undefined ? null : typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value))
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...params)
      return { rows }
    },
  }
}
