// `npm run worker`: works the job queue (captures, re-checks) in a process of its own, for a
// deployment whose app instances run with JOBS_IN_PROCESS=false. Any number may run at once:
// pg-boss gives each job to one of them. Uses DATABASE_URL, or the embedded PostgreSQL that
// `npm start` is running. SIGTERM or SIGINT stops it once the jobs it is running are done.
import { startWorkers, stopWorkers } from '../jobs/workers'
import { openDatabase } from './database'

const log = (line: string) => console.log(`[claimtrail worker] ${line}`)
const database = await openDatabase(log)
await startWorkers(database.url)
log('working the job queue (Ctrl-C to stop)')

let isStopping = false
const stop = async () => {
  if (isStopping) return
  isStopping = true
  log('stopping: waiting for running jobs …')
  await stopWorkers()
  await database.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
