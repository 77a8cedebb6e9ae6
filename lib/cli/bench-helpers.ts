// What the benchmarks (`npm run bench:*`) share: a throwaway embedded PostgreSQL, timing and the
// statistics they report.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { connectDb, type Db } from '../db'
import { startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'
import { findFreePort } from './ports'
import { buildIfNeeded } from './build'
import { PROJECT_DIR } from './database'

export const log = (line: string) => console.log(`[bench] ${line}`)

export async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The nearest-rank percentile: the smallest value with at least `p` percent of values at or below it. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export const ms = (value: number, decimals = 0) => `${value.toFixed(decimals).padStart(6)} ms`

export type ThrowawayDatabase = {
  url: string
  db: Db
  /** Runs `cleanup` before the database stops, also on Ctrl-C; the last registered runs first. */
  onCleanup: (cleanup: () => Promise<void> | void) => void
}

/**
 * Runs `work` against a migrated PostgreSQL in a temporary directory, then stops the server and
 * removes the directory, whether `work` succeeds, throws or is interrupted (Ctrl-C, SIGTERM).
 */
export async function withThrowawayDatabase<T>(work: (database: ThrowawayDatabase) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'claimtrail-bench-'))
  const cleanups: Array<() => Promise<void> | void> = []
  let isCleaning = false
  const cleanUp = async () => {
    if (isCleaning) return
    isCleaning = true
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: unknown) => console.error(error))
    rmSync(dataDir, { recursive: true, force: true })
  }
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping …`)
    void cleanUp().then(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    // pg_ctl starts PostgreSQL in its own session, so it outlives us unless stopped here.
    const database = await startEmbeddedPostgres(dataDir, () => {})
    cleanups.push(database.stop)
    const db = connectDb(database.url)
    cleanups.push(() => db.$disconnect())
    await migrate(database.url, () => {})
    return await work({ url: database.url, db, onCleanup: (cleanup) => cleanups.push(cleanup) })
  } finally {
    await cleanUp()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * Serves the production build (built first if the code changed) on a free port against the
 * database at `url`, as `npm start` serves it: Next.js behind our own HTTP server (lib/cli/serve.ts),
 * with the job queue worked in the same process. Stopped by the cleanup it registers. Resolves to
 * its origin once /api/health answers.
 */
export async function startWebServer(url: string, onCleanup: ThrowawayDatabase['onCleanup']): Promise<string> {
  await buildIfNeeded(log, (build) => onCleanup(async () => void build.kill()))
  const port = await findFreePort()
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'serve.ts'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so stopping it stops whatever it spawned too.
    detached: true,
    env: {
      ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: url, SITE_URL: origin, AUTH_SECRET: randomBytes(32).toString('base64url'),
    },
  })
  onCleanup(() => stopChild(child))
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the web server exited with ${child.exitCode}`)
    const health = await fetch(`${origin}/api/health`).catch(() => null)
    if (health?.ok) return origin
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the web server did not answer /api/health within 60 s')
}

/** Stops a child started with `detached: true` and everything in its process group. */
export async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid!, 'SIGTERM')
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}
