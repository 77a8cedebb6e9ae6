// The safeguards every account change shares: changes are serialised by one lock, and no change
// may leave the team without an enabled admin (nobody could then manage accounts from the app).
import type { CurrentUser } from '../../auth/session'
import { ACCOUNT_ROW } from '../../data/selects'
import type { AccountSummary } from '../../data/workspace/accounts'
import type { DbTransaction } from '../../db'
import { forbiddenError, notFound } from '../../errors'

/**
 * The account to change, read after taking the accounts lock, so the checks that follow see
 * every change committed before this one. Two admins demoting or disabling each other at the same
 * moment are then handled one after the other, and the second is refused.
 */
export async function lockAccount(tx: DbTransaction, id: string): Promise<AccountSummary> {
  // pg_advisory_xact_lock returns void, which $queryRaw cannot read back; $executeRaw ignores it.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('claimtrail:accounts'))`
  const account = await tx.user.findUnique({ where: { id }, select: ACCOUNT_ROW })
  if (!account) throw notFound('account')
  return account
}

/** Refuses a change that would take away an admin the team still needs (`account` as it is now). */
export async function ensureAnAdminRemains(tx: DbTransaction, actor: CurrentUser, account: AccountSummary, change: 'disable' | 'demote') {
  if (account.id === actor.id) {
    throw forbiddenError(
      change === 'disable'
        ? 'You cannot disable your own account. Another admin can. Nothing was changed.'
        : 'You cannot remove your own admin role. Another admin can. Nothing was changed.',
    )
  }
  if (account.role !== 'ADMIN' || account.disabledAt) return
  const enabledAdmins = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null } })
  if (enabledAdmins <= 1) {
    throw forbiddenError(
      `${account.name} is the last enabled admin, so they cannot be ${change === 'disable' ? 'disabled' : 'given another role'}. Make another account an admin first. Nothing was changed.`,
    )
  }
}
