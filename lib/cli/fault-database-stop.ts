// `npm run fault:database-stop`: a fault test, not part of `npm test`. On a throwaway database and
// the production build, 8 clients sign in over and over, each to its own account (each sign-in
// writes a Session row), while PostgreSQL is killed outright (SIGKILL to the postmaster and its
// backends), left down for a few seconds, and started again on the same data and port. The web
// server is never restarted. Every answer must be unambiguous: a sign-in acknowledged with its
// session cookie has its row (the cookie names it), and anything refused says so (the sign-in's
// `unavailable` code, or a 503 with Retry-After), never a wrong password, a rate limit, an error
// page or a dropped connection. The app must be healthy and signing people in again by itself soon
// after PostgreSQL is back. Prints the counts, and exits 1 when any is wrong.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decode } from 'next-auth/jwt'
import { connectDb } from '../db'
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres'
import { hashPassword } from '../auth/password'
import { findFreePort, isPortFree } from './ports'
import { buildIfNeeded } from './build'
import { PROJECT_DIR } from './database'
import { prepareDatabase } from './prepare-database'

// One account each: an attempt cut off by the outage keeps the rate-limit point it took
// (lib/auth/rate-limit.ts counts before the password is checked), so 8 clients on one account from one
// address, 8 in flight plus 8 kept, would go past its 10 and be told to wait, which is no test of this.
const CLIENTS = 8
const LOAD_BEFORE_MS = 4_000
const OUTAGE_MS = 5_000
const LOAD_AFTER_MS = 3_000
const RECOVERY_LIMIT_MS = 30_000
/** A request still unanswered after this long counts as no answer. */
const REQUEST_TIMEOUT_MS = 15_000
/** Auth.js's cookie over plain http; it is also the salt the token is encrypted with. */
const SESSION_COOKIE = 'authjs.session-token'
const log = (line: string) => console.log(`[fault] ${line}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** When an answer came: before the kill, while PostgreSQL was down, once it was back, once /api/health said so. */
type Phase = 'before' | 'down' | 'back' | 'healthy'
type Answer = { kind: 'acknowledged'; sessionId: string } | { kind: 'refused' | 'ambiguous'; how: string }

async function signInOnce(base: string, email: string, password: string, secret: string): Promise<Answer> {
  const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  try {
    const csrf = await fetch(`${base}/api/auth/csrf`, { signal })
    if (csrf.status === 503 && csrf.headers.get('retry-after')) return { kind: 'refused', how: '503 with Retry-After' }
    if (!csrf.ok) return { kind: 'ambiguous', how: `csrf answered ${csrf.status}` }
    const cookie = csrf.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')
    const { csrfToken } = (await csrf.json()) as { csrfToken: string }
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      signal,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/review' }),
    })
    if (response.status === 503) return response.headers.get('retry-after') ? { kind: 'refused', how: '503 with Retry-After' } : { kind: 'ambiguous', how: '503 without Retry-After' }
    const session = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`))
    if (response.status === 302 && session) {
      const value = session.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? ''
      const token = await decode({ token: value, secret, salt: SESSION_COOKIE })
      return typeof token?.sid === 'string' ? { kind: 'acknowledged', sessionId: token.sid } : { kind: 'ambiguous', how: 'session cookie naming no session' }
    }
    // Auth.js answers a refused sign-in with a redirect to the sign-in page and the error's code.
    const location = response.headers.get('location')
    const query = response.status === 302 && location ? new URL(location, base).searchParams : new URLSearchParams()
    if (query.get('code') === 'unavailable') return { kind: 'refused', how: 'sign-in unavailable' }
    return { kind: 'ambiguous', how: [response.status, query.get('error'), query.get('code')].filter(Boolean).join(' ') }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
    return { kind: 'ambiguous', how: `no answer (${cause})` }
  }
}

/**
 * Kills the cluster the way a crash would: no shutdown checkpoint, connections cut. pg_ctl starts
 * the postmaster in its own session, so its process group is the postmaster and every backend.
 */
async function killPostgres(dir: string, port: number) {
  const pid = Number(readFileSync(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0])
  process.kill(-pid, 'SIGKILL')
  for (let i = 0; ; i++) {
    // Gone once the port is free and the process reaped; a zombie would make pg_ctl think it still runs.
    const isGone = !isAlive(pid) && (await isPortFree(port))
    if (isGone) return
    if (i > 100) throw new Error(`PostgreSQL (pid ${pid}) did not go away after SIGKILL`)
    await sleep(100)
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const healthStatus = (base: string) => fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0)

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimtrail-fault-'))
  let database: EmbeddedDatabase | null = null
  let server: ChildProcess | null = null
  let isStopping = false
  try {
    database = await startEmbeddedPostgres(dir, log)
    const databasePort = Number(new URL(database.url).port)
    await prepareDatabase(database.url, { demoAccounts: false, log })
    await buildIfNeeded(log, () => {})
    const password = 'violet engine harbour quietly'
    const passwordHash = await hashPassword(password)
    const emails = Array.from({ length: CLIENTS }, (_, i) => `fault-${i + 1}@claimtrail.test`)
    const setup = connectDb(database.url)
    await setup.user.createMany({ data: emails.map((email, i) => ({ email, name: `Fault Test ${i + 1}`, role: 'REVIEWER' as const, passwordHash })) })
    await setup.$disconnect()
    const secret = randomBytes(32).toString('base64url')
    const port = await findFreePort()
    const base = `http://127.0.0.1:${port}`
    server = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'serve.ts'), '-p', String(port), '-H', '127.0.0.1'], {
      cwd: PROJECT_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url, AUTH_SECRET: secret },
    })
    let serverExit: string | null = null
    server.on('exit', (code, signal) => {
      serverExit = signal ?? `code ${code}`
      if (!isStopping) log(`the web server exited on its own (${serverExit})`)
    })
    for (let i = 0; (await healthStatus(base)) !== 200; i++) {
      if (i > 120 || serverExit) throw new Error('the server did not start')
      await sleep(500)
    }
    log(`server up on ${base}; ${CLIENTS} clients signing in, one account each; PostgreSQL killed after ${seconds(LOAD_BEFORE_MS)}, down for ${seconds(OUTAGE_MS)}`)

    let phase: Phase = 'before'
    const answers: Record<Phase, Record<string, number>> = { before: {}, down: {}, back: {}, healthy: {} }
    const sessionIds: string[] = []
    let backAt = 0
    let firstSignInAfterBack: number | null = null
    let isDone = false
    const clients = emails.map(async (email) => {
      while (!isDone && !serverExit) {
        const answer = await signInOnce(base, email, password, secret)
        const key = answer.kind === 'acknowledged' ? 'acknowledged' : `${answer.kind}: ${answer.how}`
        answers[phase][key] = (answers[phase][key] ?? 0) + 1
        if (answer.kind !== 'acknowledged') continue
        sessionIds.push(answer.sessionId)
        if (backAt && firstSignInAfterBack === null) firstSignInAfterBack = Date.now()
      }
    })

    await sleep(LOAD_BEFORE_MS)
    phase = 'down'
    const killedAt = Date.now()
    await killPostgres(dir, databasePort)
    log('PostgreSQL killed (SIGKILL)')
    await sleep(OUTAGE_MS)
    database = await startEmbeddedPostgres(dir, log)
    if (Number(new URL(database.url).port) !== databasePort) throw new Error(`PostgreSQL came back on another port (${database.url})`)
    backAt = Date.now()
    phase = 'back'
    log(`PostgreSQL started again on the same data and port, ${seconds(backAt - killedAt)} after the kill`)
    let healthyAt: number | null = null
    while (Date.now() - backAt < RECOVERY_LIMIT_MS) {
      if ((await healthStatus(base)) === 200) {
        healthyAt = Date.now()
        break
      }
      await sleep(250)
    }
    if (healthyAt) {
      phase = 'healthy'
      await sleep(LOAD_AFTER_MS)
    }
    isDone = true
    await Promise.all(clients)

    const check = connectDb(database.url)
    const [found, rows] = await Promise.all([
      check.session.findMany({ where: { id: { in: sessionIds } }, select: { id: true } }),
      check.session.count({ where: { user: { email: { in: emails } } } }),
    ]).finally(() => check.$disconnect())
    const foundIds = new Set(found.map(({ id }) => id))
    const missing = sessionIds.filter((id) => !foundIds.has(id))
    const counted = Object.values(answers).flatMap((byKey) => Object.entries(byKey))
    const total = (kind: Answer['kind']) => counted.filter(([key]) => key.startsWith(kind)).reduce((sum, [, n]) => sum + n, 0)
    const ambiguous = total('ambiguous')
    const isRecovered = healthyAt !== null && firstSignInAfterBack !== null && firstSignInAfterBack - backAt <= RECOVERY_LIMIT_MS

    for (const name of ['before', 'down', 'back', 'healthy'] as const) log(`answers ${name.padEnd(7)}: ${JSON.stringify(answers[name])}`)
    log(`sign-ins acknowledged: ${sessionIds.length}; their session rows found: ${found.length}; missing: ${missing.length}`)
    log(`session rows in all: ${rows} (${rows - found.length} written for a sign-in that was refused)`)
    log(`refused: ${total('refused')}; ambiguous: ${ambiguous}`)
    log(`recovery after PostgreSQL was back: /api/health 200 ${healthyAt ? `after ${seconds(healthyAt - backAt)}` : `not within ${seconds(RECOVERY_LIMIT_MS)}`}, first sign-in ${firstSignInAfterBack ? `after ${seconds(firstSignInAfterBack - backAt)}` : 'never'}`)
    const failures = [
      missing.length > 0 && `${missing.length} acknowledged sign-ins have no session row`,
      ambiguous > 0 && `${ambiguous} answers were ambiguous`,
      !isRecovered && `the app did not recover within ${seconds(RECOVERY_LIMIT_MS)}`,
      serverExit && 'the web server exited',
    ].filter(Boolean)
    log(failures.length === 0 ? 'OK: every acknowledged sign-in was written, every refusal said so, and the app recovered by itself' : `FAILED: ${failures.join('; ')}`)
    return failures.length === 0 ? 0 : 1
  } finally {
    isStopping = true
    const child = server
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    await database?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

process.exitCode = await main()
