// The re-check job: a thin call of the write that does it.
import type PgBoss from 'pg-boss'
import { runRecheck } from '../server/captures/run-recheck'
import type { RecheckJobData } from '../server/captures/request-recheck'
import { JOBS } from './queue'
import { workJobs } from './work'

export const workRechecks = (boss: PgBoss) => workJobs<RecheckJobData>(boss, JOBS.recheckSource.name, (run) => runRecheck(run))
