// `npm run worker`: works the job queue (captures, re-checks) in a process of its own, for a
// deployment whose app instances run with JOBS_IN_PROCESS=false. Any number may run at once:
// pg-boss gives each job to one of them. Uses DATABASE_URL, or the embedded PostgreSQL that
// `npm start` is running (then it runs itself again with that address, as `npm start` runs the web
// server, since the environment is read once). SIGTERM or SIGINT stops it once its running jobs end.
import { spawn } from 'node:child_process'
import { env } from '../env'
import { startWorkers, stopWorkers } from '../jobs/workers'
import { openDatabase } from './database'

const log = (line: string) => console.log(`[claimtrail worker] ${line}`)

if (!env.DATABASE_URL) {
  const database = await openDatabase(log)
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url } })
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', async (code) => {
    await database.close()
    process.exit(code ?? 0)
  })
} else {
  await startWorkers(env.DATABASE_URL)
  log('working the job queue (Ctrl-C to stop)')
  let isStopping = false
  const stop = async () => {
    if (isStopping) return
    isStopping = true
    log('stopping: waiting for running jobs …')
    await stopWorkers()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
}
