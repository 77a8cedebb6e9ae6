// `npm test`: every test, unit and end-to-end, on a database of its own (a throwaway embedded
// PostgreSQL in a temporary directory, migrated and seeded) and the production build served on a
// free port. Pass `--unit` or `--e2e` to run one half; other arguments go to that runner.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from './embedded-postgres'
import { env } from '../env'
import { findFreePort } from './ports'
import { buildIfNeeded } from './build'
import { PROJECT_DIR } from './database'
import { prepareDatabase } from './prepare-database'

const log = (line: string) => console.log(`[test] ${line}`)
const args = process.argv.slice(2)
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : null
const runnerArgs = args.filter((arg) => arg !== '--unit' && arg !== '--e2e')

function run(command: string, commandArgs: string[], extraEnv: Record<string, string>): Promise<number> {
  const child = spawn(path.join(PROJECT_DIR, 'node_modules', '.bin', command), commandArgs, {
    cwd: PROJECT_DIR,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  })
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'claimtrail-test-'))
  log(`test database in ${dataDir}`)
  const database = await startEmbeddedPostgres(dataDir, log)
  try {
    await prepareDatabase(database.url, { demoAccounts: true, log })
    const testEnv = { DATABASE_URL: database.url, DEMO_PASSWORD: env.DEMO_PASSWORD }
    let failures = 0
    if (only !== 'e2e') failures += (await run('vitest', ['run', ...(only ? runnerArgs : [])], testEnv)) === 0 ? 0 : 1
    if (only !== 'unit') {
      await buildIfNeeded(log, () => {})
      const port = await findFreePort()
      log(`serving the production build on port ${port}`)
      // Captures are tested against web servers the tests start on 127.0.0.1: the one place this is allowed.
      const e2eEnv = { ...testEnv, PORT: String(port), AUTH_SECRET: randomBytes(32).toString('base64url'), CAPTURE_ALLOW_PRIVATE_ADDRESSES: 'true' }
      failures += (await run('playwright', ['test', ...(only ? runnerArgs : [])], e2eEnv)) === 0 ? 0 : 1
    }
    return failures === 0 ? 0 : 1
  } finally {
    await database.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

process.exitCode = await main()
