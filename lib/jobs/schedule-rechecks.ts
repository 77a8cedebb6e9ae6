// The watch schedule: pg-boss sends this job on a cron (one send a slot, whichever process keeps the
// schedule), and its work queues a re-check of every watched source that is due.
import type PgBoss from 'pg-boss'
import { getDb } from '../db'
import { scheduleRechecks } from '../server/captures/schedule-rechecks'
import { JOBS } from './queue'
import { workJobs } from './work'

/** How often the schedule looks for due sources; WATCH_INTERVAL_HOURS decides when each is due. */
export const RECHECK_CRON = '*/5 * * * *'

/** Keeps the schedule (idempotent: one row per name) and works its job in this process. */
export async function workSchedule(boss: PgBoss) {
  await boss.schedule(JOBS.scheduleRechecks.name, RECHECK_CRON)
  return workJobs<object>(boss, JOBS.scheduleRechecks.name, () => scheduleRechecks(getDb(), boss))
}
