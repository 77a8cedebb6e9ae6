'use server'

import { revalidatePath } from 'next/cache'
import { lockAccount } from '../server/accounts/account-safeguards'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { accountStatusChangeSchema } from '../validations/user'

export const enableAccount = authedAction({ permission: 'user.manage', schema: accountStatusChangeSchema }, async ({ userId }, { user }) => {
  const message = await getDb().$transaction(async (tx) => {
    const account = await lockAccount(tx, userId)
    if (!account.disabledAt) return `${account.name} is already enabled. Nothing was changed.`
    await tx.user.update({ where: { id: account.id }, data: { disabledAt: null } })
    await audit(tx, { actorId: user.id, action: 'user.enable', entityType: 'User', entityId: account.id, before: { disabledAt: account.disabledAt }, after: { disabledAt: null } })
    return `${account.name} is enabled again and can sign in with their password.`
  })
  revalidatePath('/admin/accounts')
  return { status: 'ok', message }
})
