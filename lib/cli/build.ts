// `npm start` builds only when the code changed since the last build: a fingerprint of every
// file the production build depends on is stored beside it.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { env } from '../env'
import { PROJECT_DIR } from './database'

const INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json']
const IGNORED = /(^|\/)(generated|cli)(\/|$)|\.test\.ts$/
const FINGERPRINT_FILE = path.join(PROJECT_DIR, '.next', 'claimtrail-build.json')

export function buildFingerprint(): string {
  const hash = createHash('sha256')
  // Static pages carry absolute URLs made from SITE_URL, so a new address needs a new build.
  hash.update(`SITE_URL=${env.SITE_URL}\0`)
  for (const file of INPUTS.flatMap((input) => listFiles(path.join(PROJECT_DIR, input))).sort()) {
    hash.update(path.relative(PROJECT_DIR, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function isBuildCurrent(): boolean {
  if (!existsSync(path.join(PROJECT_DIR, '.next', 'BUILD_ID')) || !existsSync(FINGERPRINT_FILE)) return false
  return (JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as { fingerprint: string }).fingerprint === buildFingerprint()
}

export async function buildIfNeeded(log: (line: string) => void, runChild: (child: ReturnType<typeof spawn>) => void) {
  if (isBuildCurrent()) return
  log('Building the production bundle (next build); this takes a minute or two the first time …')
  const fingerprint = buildFingerprint()
  const child = spawn(path.join(PROJECT_DIR, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: PROJECT_DIR,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  runChild(child)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`)
  writeFileSync(FINGERPRINT_FILE, JSON.stringify({ fingerprint }))
}

function listFiles(target: string): string[] {
  if (!existsSync(target)) return []
  if (!statSync(target).isDirectory()) return [target]
  return readdirSync(target, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(target, entry.name)
    if (IGNORED.test(path.relative(PROJECT_DIR, full))) return []
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}
