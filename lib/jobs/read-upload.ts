// The upload job: a thin call of the write that does it.
import type PgBoss from 'pg-boss'
import { runUpload } from '../server/captures/run-upload'
import type { UploadJobData } from '../server/captures/request-upload'
import { JOBS } from './queue'
import { workJobs } from './work'

export const workUploads = (boss: PgBoss) => workJobs<UploadJobData>(boss, JOBS.readUpload.name, (run) => runUpload(run))
