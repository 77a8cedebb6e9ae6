// The capture job: a thin call of the write that does it.
import type PgBoss from 'pg-boss'
import { runImportCapture } from '../server/captures/run-import-capture'
import type { CaptureJobData } from '../server/captures/request-capture'
import { JOBS } from './queue'
import { workJobs } from './work'

export const workCaptures = (boss: PgBoss) => workJobs<CaptureJobData>(boss, JOBS.captureSource.name, (run) => runImportCapture(run))
