// Every kind of job this app has, worked in the calling process: the web server's (JOBS_IN_PROCESS,
// the default) or `npm run worker`'s.
import { workCaptures } from './capture-source'
import { closeQueue, openQueue } from './queue'
import { workUploads } from './read-upload'
import { workRechecks } from './recheck-source'
import { workSchedule } from './schedule-rechecks'

/** Opens the queue for `databaseUrl` and works every kind of job until stopWorkers. */
export async function startWorkers(databaseUrl: string) {
  const boss = await openQueue(databaseUrl, { supervise: true })
  await workCaptures(boss)
  await workRechecks(boss)
  await workSchedule(boss)
  await workUploads(boss)
  return boss
}

/** Stops taking jobs; those running may finish first (pg-boss's graceful stop). */
export const stopWorkers = () => closeQueue()
