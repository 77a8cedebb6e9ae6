// The production (or, with --dev, development) web server: Next.js behind lib/http/web-server.ts,
// and the job queue's workers (lib/jobs/workers.ts) unless JOBS_IN_PROCESS is off.
// `npm start` runs it once the database is ready; the end-to-end tests start it on a free port.
// Usage: serve.ts [--dev] [-p PORT] [-H HOST]. SIGTERM or SIGINT stops it gracefully.
import next from 'next'
import { env, requireDatabaseUrl } from '../env'
import { trustedProxies } from '../http/client-address'
import { createWebServer } from '../http/web-server'
import { startWorkers, stopWorkers } from '../jobs/workers'

/** How long requests already running may take to finish on stop before they are answered 503. */
const GRACE_MS = 8_000

function option(flag: string): string | undefined {
  const at = process.argv.indexOf(flag)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const isDev = process.argv.includes('--dev')
const port = Number(option('-p') ?? env.PORT)
const hostname = option('-H') ?? env.HOST
const trust = trustedProxies(env.TRUSTED_PROXIES)

const app = next({ dev: isDev, dir: process.cwd(), hostname, port })
await app.prepare()
// The job queue is worked here unless a deployment runs `npm run worker` processes instead.
if (env.JOBS_IN_PROCESS) await startWorkers(requireDatabaseUrl())
const web = createWebServer(app.getRequestHandler(), trust)
web.server.listen(port, hostname, () => console.log(`[claimtrail] serving on http://${hostname}:${port}`))

let isStopping = false
const stop = async () => {
  if (isStopping) return
  isStopping = true
  await web.stop(GRACE_MS)
  if (env.JOBS_IN_PROCESS) await stopWorkers()
  await app.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
