// The account safeguards against a real database: nobody locks themselves out, the last enabled
// admin stays, a duplicate email is a field error, and the audit log never sees a password hash.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ensureAnAdminRemains, lockAccount } from '../server/accounts/account-safeguards'
import { connectDb } from '../db'
import type { FormState } from '../form-state'
import { changeAccountRole } from './change-account-role'
import { createAccount } from './create-account'
import { disableAccount } from './disable-account'
import { enableAccount } from './enable-account'
import { formData } from '../testing/form-data'

// Outside a Next.js request there is no cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

class RolledBack extends Error {
  constructor(readonly refusal: unknown) {
    super('rolled back')
  }
}

describe('account changes', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const made: string[] = []
  let adminId = ''
  let otherId = ''

  const makeUser = async (label: string, role: 'REVIEWER' | 'ADMIN') => {
    const user = await db.user.create({ data: { email: `acct-${label}-${stamp}@example.org`, name: `Acct ${label}`, role, passwordHash: 'unusable' } })
    made.push(user.id)
    return user.id
  }

  beforeAll(async () => {
    adminId = await makeUser('admin', 'ADMIN')
    otherId = await makeUser('other', 'REVIEWER')
  })
  afterAll(async () => {
    // The audit log is append-only and names these accounts, so they are disabled, not deleted.
    await db.user.updateMany({ where: { id: { in: made } }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('refuses an admin disabling or demoting themselves, and changes nothing', async () => {
    const disabled = (await disableAccount.run(adminId, formData({ userId: adminId }))) as FormState
    expect(disabled.status).toBe('forbidden')
    expect(disabled.message).toMatch(/cannot disable your own account/)
    const demoted = (await changeAccountRole.run(adminId, formData({ userId: adminId, role: 'EDITOR' }))) as FormState
    expect(demoted.status).toBe('forbidden')
    expect(demoted.message).toMatch(/cannot remove your own admin role/)
    expect(await db.user.findUniqueOrThrow({ where: { id: adminId }, select: { role: true, disabledAt: true } })).toEqual({ role: 'ADMIN', disabledAt: null })
  })

  it('refuses to disable or demote the last enabled admin, and allows it while another remains', async () => {
    const actor = { id: otherId, email: '', name: 'Acct other', role: 'ADMIN' as const }
    /** The check's outcome inside a transaction that is always rolled back. */
    const check = (change: 'disable' | 'demote', isLast: boolean) =>
      db
        .$transaction(async (tx) => {
          if (isLast) await tx.user.updateMany({ where: { role: 'ADMIN', id: { not: adminId } }, data: { disabledAt: new Date() } })
          const refusal = await ensureAnAdminRemains(tx, actor, await lockAccount(tx, adminId), change).then(() => null, (error: unknown) => error)
          throw new RolledBack(refusal)
        })
        .catch((error: unknown) => (error instanceof RolledBack ? error.refusal : error))
    for (const change of ['disable', 'demote'] as const) {
      expect(await check(change, false)).toBeNull()
      expect(await check(change, true)).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^Acct admin is the last enabled admin/) })
    }
    expect(await db.user.count({ where: { role: 'ADMIN', disabledAt: null } })).toBeGreaterThan(1)
  })

  it('disables, re-enables and changes the role of another account, auditing each change', async () => {
    expect(((await disableAccount.run(adminId, formData({ userId: otherId }))) as FormState).status).toBe('ok')
    expect((await db.user.findUniqueOrThrow({ where: { id: otherId } })).disabledAt).not.toBeNull()
    expect(((await disableAccount.run(adminId, formData({ userId: otherId }))) as FormState).message).toMatch(/already disabled/)
    expect(((await enableAccount.run(adminId, formData({ userId: otherId }))) as FormState).status).toBe('ok')
    expect(((await changeAccountRole.run(adminId, formData({ userId: otherId, role: 'EDITOR' }))) as FormState).status).toBe('ok')
    const user = await db.user.findUniqueOrThrow({ where: { id: otherId } })
    expect(user).toMatchObject({ role: 'EDITOR', disabledAt: null })
    const entries = await db.auditEntry.findMany({ where: { entityId: otherId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, before: true, after: true } })
    expect(entries.map((entry) => entry.action)).toEqual(['user.disable', 'user.enable', 'user.change-role'])
    expect(entries.every((entry) => entry.actorId === adminId)).toBe(true)
    expect(entries[2]).toMatchObject({ before: { role: 'REVIEWER' }, after: { role: 'EDITOR' } })
  })

  it('creates an account with a hashed password, keeps the hash out of the audit log, and refuses a duplicate email', async () => {
    const email = `acct-new-${stamp}@example.org`
    const fields = { email: email.toUpperCase(), name: 'Acct new', role: 'REVIEWER', password: 'a long enough password' }
    expect(((await createAccount.run(adminId, formData(fields))) as FormState).status).toBe('ok')
    const created = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, passwordHash: true } })
    made.push(created.id)
    expect(created.passwordHash).toMatch(/^\$argon2id\$/)
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: created.id, action: 'user.create' } })
    expect(JSON.stringify(entry.after)).not.toContain('argon2')
    expect(JSON.stringify(entry.after)).not.toContain(fields.password)

    const duplicate = (await createAccount.run(adminId, formData(fields))) as FormState
    expect(duplicate).toMatchObject({ status: 'invalid', fieldErrors: { email: ['An account with this email already exists'] }, values: { email: fields.email } })
    expect(await db.user.count({ where: { email } })).toBe(1)
  })
})
