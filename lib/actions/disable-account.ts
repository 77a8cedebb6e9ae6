'use server'

import { revalidatePath } from 'next/cache'
import { ensureAnAdminRemains, lockAccount } from '../server/accounts/account-safeguards'
import { audit } from '../server/audit/audit-log'
import { endSessions } from '../auth/session'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { accountStatusChangeSchema } from '../validations/user'

export const disableAccount = authedAction({ permission: 'user.manage', schema: accountStatusChangeSchema }, async ({ userId }, { user }) => {
  const message = await getDb().$transaction(async (tx) => {
    const account = await lockAccount(tx, userId)
    if (account.disabledAt) return `${account.name} was already disabled. Nothing was changed.`
    await ensureAnAdminRemains(tx, user, account, 'disable')
    const disabledAt = new Date()
    await tx.user.update({ where: { id: account.id }, data: { disabledAt } })
    // Ended, not only refused: re-enabling the account later does not bring a copied cookie back.
    const sessionsEnded = await endSessions({ userId: account.id }, tx)
    await audit(tx, { actorId: user.id, action: 'user.disable', entityType: 'User', entityId: account.id, before: { disabledAt: null }, after: { disabledAt, sessionsEnded } })
    return `${account.name} is disabled: locked out from their next request, and unable to sign in until re-enabled.`
  })
  revalidatePath('/admin/accounts')
  return { status: 'ok', message }
})
