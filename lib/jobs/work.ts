// Working a queue: each job of a fetched batch runs on its own, and one that throws fails alone,
// with its reason kept, while the others of its batch complete.
import type PgBoss from 'pg-boss'
import { JOBS, type JobName } from './queue'

/** What a job's handler is given: its data, and whether a failure now is its last try. */
export type JobRun<T> = { id: string; data: T; isLastTry: boolean }
export type JobHandler<T> = (run: JobRun<T>) => Promise<unknown>

/** How eagerly a process works each kind of job: jobs fetched at a time, and how often it looks. */
const PACE: Record<JobName, { batchSize: number; pollingIntervalSeconds: number }> = {
  [JOBS.captureSource.name]: { batchSize: 2, pollingIntervalSeconds: 1 },
  [JOBS.recheckSource.name]: { batchSize: 8, pollingIntervalSeconds: 2 },
  [JOBS.scheduleRechecks.name]: { batchSize: 1, pollingIntervalSeconds: 30 },
  // One at a time: a PDF's reader takes both cores while OCR runs (lib/pdf/read-isolated.ts).
  [JOBS.readUpload.name]: { batchSize: 1, pollingIntervalSeconds: 1 },
}

/**
 * Starts working `name` in this process with `handler`; returns pg-boss's worker id. After a full
 * batch the next is fetched at once: pg-boss otherwise waits out the polling interval after every
 * batch, which held a queue of quick re-checks to one batch every two seconds (docs/benchmarks.md).
 */
export async function workJobs<T extends object>(boss: PgBoss, name: JobName, handler: JobHandler<T>): Promise<string> {
  const pace = PACE[name]
  // Known once work() resolves; the first batch may be fetched before that.
  const worker: { id?: string } = {}
  worker.id = await boss.work<T>(name, { ...pace, includeMetadata: true }, async (jobs) => {
    await Promise.all(jobs.map(async (job) => {
      try {
        await handler({ id: job.id, data: job.data, isLastTry: job.retryCount >= job.retryLimit })
      } catch (error) {
        // Failed here, the job is retried (or kept failed) on its own; pg-boss then completes the rest.
        const message = error instanceof Error ? error.message : String(error)
        console.error(`[claimtrail] job ${name} ${job.id} failed (try ${job.retryCount + 1} of ${job.retryLimit + 1}): ${message}`)
        await boss.fail(name, job.id, { message })
      }
    }))
    // A full batch: more are likely waiting.
    if (jobs.length === pace.batchSize && worker.id !== undefined) boss.notifyWorker(worker.id)
  })
  return worker.id
}
