'use server'

import { revalidatePath } from 'next/cache'
import { ensureAnAdminRemains, lockAccount } from '../server/accounts/account-safeguards'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { ROLE_LABELS } from '../auth/permissions'
import { accountRoleChangeSchema } from '../validations/user'

export const changeAccountRole = authedAction({ permission: 'user.manage', schema: accountRoleChangeSchema }, async ({ userId, role }, { user }) => {
  const message = await getDb().$transaction(async (tx) => {
    const account = await lockAccount(tx, userId)
    if (account.role === role) return `${account.name} already has the role ${ROLE_LABELS[role]}. Nothing was changed.`
    if (account.role === 'ADMIN') await ensureAnAdminRemains(tx, user, account, 'demote')
    await tx.user.update({ where: { id: account.id }, data: { role } })
    await audit(tx, { actorId: user.id, action: 'user.change-role', entityType: 'User', entityId: account.id, before: { role: account.role }, after: { role } })
    return `${account.name} is now ${ROLE_LABELS[role]}, from their next request on.`
  })
  revalidatePath('/admin/accounts')
  return { status: 'ok', message }
})
