// Runs `npm run user:create` as a person would, against the test database.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { connectDb } from '../db'
import { verifyPassword } from '../auth/password'

const url = process.env.DATABASE_URL
const projectDir = path.resolve(import.meta.dirname, '..', '..')

function userCreate(args: string[], password: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/user-create.ts', ...args], {
    cwd: projectDir,
    input: `${password}\n`,
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  })
}

describe('npm run user:create', () => {
  const db = connectDb(url!)
  const email = `cli-${Date.now()}@example.org`
  afterAll(async () => {
    const user = await db.user.findUnique({ where: { email }, select: { id: true } })
    // Audit entries are append-only, so the account stays; it is disabled instead.
    if (user) await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('creates an account with an argon2id hash of the piped password, and never prints it', async () => {
    const password = 'a long enough secret passphrase'
    const result = userCreate(['--email', email.toUpperCase(), '--role', 'editor', '--name', 'Cli Editor'], password)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`Created EDITOR account ${email}.`)
    expect(result.stdout + result.stderr).not.toContain(password)
    const user = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } })
    expect(user).toMatchObject({ role: 'EDITOR', name: 'Cli Editor', disabledAt: null })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(user.passwordHash, password)).toBe(true)
  })

  it('refuses a second account with the same email', () => {
    const result = userCreate(['--email', email, '--role', 'reviewer'], 'another long passphrase')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('already exists')
  })

  it('explains bad input and creates nothing', async () => {
    const result = userCreate(['--email', 'not-an-email', '--role', 'boss'], 'short')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Enter a valid email address')
    expect(result.stderr).toContain('role')
    expect(result.stderr).toContain('Use at least 12 characters')
    expect(await db.user.count({ where: { email: 'not-an-email' } })).toBe(0)
  })
})
