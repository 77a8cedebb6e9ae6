// Creating an account, inside the caller's transaction: an admin's createAccount action, `npm run
// user:create`, the seed's demo accounts and the benchmarks' acting user. The caller hashes the
// password first (slow on purpose, so outside the transaction). No Next.js imports.
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import type { Role } from '../../generated/prisma/enums'

export type NewAccount = { email: string; name: string; role: Role; passwordHash: string; disabledAt?: Date | null }

/**
 * Creates the account and audits it (`user.create`). `user` is the admin who creates it; null for
 * the command line, the seed and the benchmarks, which `via` names in the entry.
 */
export async function createAccount(tx: DbTransaction, user: { id: string } | null, account: NewAccount, via?: 'cli' | 'seed' | 'bench') {
  const created = await tx.user.create({ data: account, select: { id: true, email: true, name: true, role: true } })
  await audit(tx, { actorId: user?.id ?? null, action: 'user.create', entityType: 'User', entityId: created.id, after: via ? { ...created, via } : created })
  return created
}
