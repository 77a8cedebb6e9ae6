// `npm run fault:sigterm`: a fault test, not part of `npm test`. On a throwaway database and the
// production build, 8 clients sign in over and over (each sign-in writes a Session row) while the
// web server is sent SIGTERM. Every answer must be unambiguous: a sign-in acknowledged with its
// session cookie has its row, and anything refused is a 503 with Retry-After or a refused
// connection, never a 200 that did nothing. Prints the counts, and exits 1 when any is wrong.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { connectDb } from '../db'
import { startEmbeddedPostgres } from './embedded-postgres'
import { hashPassword } from '../auth/password'
import { findFreePort } from './ports'
import { buildIfNeeded } from './build'
import { PROJECT_DIR } from './database'
import { prepareDatabase } from './prepare-database'

// Below the 10 attempts a client address may have in flight per account (lib/auth/rate-limit.ts).
const CLIENTS = 8
const STOP_AFTER_MS = 4_000
const log = (line: string) => console.log(`[fault] ${line}`)

type Outcome = 'acknowledged' | 'refused-503' | 'connection-refused' | 'other'

async function signInOnce(base: string, email: string, password: string): Promise<Outcome> {
  try {
    const csrf = await fetch(`${base}/api/auth/csrf`)
    if (csrf.status === 503) return 'refused-503'
    const cookie = csrf.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')
    const { csrfToken } = (await csrf.json()) as { csrfToken: string }
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/review' }),
    })
    if (response.status === 503) return response.headers.get('retry-after') ? 'refused-503' : 'other'
    const isSignedIn = response.status === 302 && response.headers.getSetCookie().some((line) => line.startsWith('authjs.session-token='))
    return isSignedIn ? 'acknowledged' : 'other'
  } catch {
    return 'connection-refused'
  }
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'claimtrail-fault-'))
  const database = await startEmbeddedPostgres(dataDir, log)
  const db = connectDb(database.url)
  try {
    await prepareDatabase(database.url, { demoAccounts: false, log })
    await buildIfNeeded(log, () => {})
    const email = 'fault@claimtrail.test'
    const password = 'violet engine harbour quietly'
    const user = await db.user.create({ data: { email, name: 'Fault Test', role: 'REVIEWER', passwordHash: await hashPassword(password) } })
    const port = await findFreePort()
    const base = `http://127.0.0.1:${port}`
    const server = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'serve.ts'), '-p', String(port), '-H', '127.0.0.1'], {
      cwd: PROJECT_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString('base64url') },
    })
    for (let i = 0; ; i++) {
      if ((await fetch(`${base}/api/health`).then((r) => r.status, () => 0)) === 200) break
      if (i > 120) throw new Error('the server did not start')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    log(`server up on ${base}; ${CLIENTS} clients signing in; SIGTERM after ${STOP_AFTER_MS} ms`)
    const counts: Record<Outcome, number> = { acknowledged: 0, 'refused-503': 0, 'connection-refused': 0, other: 0 }
    const exited = new Promise<number>((resolve) => server.on('exit', () => resolve(Date.now())))
    let isDone = false
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (!isDone) {
        const outcome = await signInOnce(base, email, password)
        counts[outcome] += 1
        if (outcome === 'connection-refused') return
      }
    })
    await new Promise((resolve) => setTimeout(resolve, STOP_AFTER_MS))
    const stoppedAt = Date.now()
    server.kill('SIGTERM')
    const exitedAt = await exited
    isDone = true
    await Promise.all(clients)
    const rows = await db.session.count({ where: { userId: user.id } })
    log(`exited ${((exitedAt - stoppedAt) / 1000).toFixed(1)} s after SIGTERM`)
    log(`answers: ${JSON.stringify(counts)}`)
    log(`sign-ins acknowledged: ${counts.acknowledged}; session rows written: ${rows}`)
    const isRight = counts.other === 0 && rows >= counts.acknowledged
    log(isRight ? 'OK: every acknowledged sign-in was written, and nothing was answered ambiguously' : 'FAILED')
    return isRight ? 0 : 1
  } finally {
    await db.$disconnect()
    await database.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

process.exitCode = await main()
