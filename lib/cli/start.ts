// `npm start`: database (embedded unless DATABASE_URL is set), migrations, first-run seed, build
// if needed, then the web server (lib/cli/serve.ts: Next.js behind our own HTTP server). Ctrl-C or
// SIGTERM stops the web server gracefully, then PostgreSQL. `npm run dev` does the same in Next's
// development mode instead of a production build.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { env } from '../env'
import { isPortFree } from './ports'
import { buildIfNeeded } from './build'
import { DATA_DIR, fail, openDatabase, PROJECT_DIR } from './database'
import { prepareDatabase } from './prepare-database'

const isDev = process.argv.includes('--dev')
const log = (line: string) => console.log(`[claimtrail] ${line}`)

async function main() {
  if (!(await isPortFree(env.PORT, '0.0.0.0'))) {
    fail(`port ${env.PORT} is already in use (is Claimtrail running already?). Set PORT to use another.`)
  }
  const database = await openDatabase(log)
  let child: ChildProcess | undefined
  let isStopping = false
  const stop = async (code: number) => {
    if (isStopping) return
    isStopping = true
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await new Promise((resolve) => {
        child!.once('exit', resolve)
        setTimeout(() => child!.kill('SIGKILL'), 10_000).unref()
      })
    }
    if (database.isEmbedded) log('Stopping PostgreSQL …')
    await database.close()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))

  try {
    await prepareDatabase(database.url, { demoAccounts: database.isEmbedded || env.SEED_DEMO_ACCOUNTS, log })
    if (!isDev) await buildIfNeeded(log, (build) => (child = build))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    return stop(1)
  }
  if (isStopping) return

  const serve = ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'serve.ts'), '-p', String(env.PORT), ...(isDev ? ['--dev'] : [])]
  child = spawn(process.execPath, serve, {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: isDev ? 'development' : 'production', DATABASE_URL: database.url, AUTH_SECRET: authSecret() },
  })
  child.on('exit', (code) => void stop(code ?? 0))
  log(`Claimtrail is running at http://localhost:${env.PORT} (Ctrl-C to stop)`)
}

/** AUTH_SECRET from the environment, or one generated on first run and kept under .data/. */
function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET
  const file = path.join(DATA_DIR, 'auth-secret')
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

await main()
