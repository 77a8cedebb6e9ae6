'use server'

import { revalidatePath } from 'next/cache'
import { lockAccount } from '../server/accounts/account-safeguards'
import { audit } from '../server/audit/audit-log'
import { endSessions as end } from '../auth/session'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { accountStatusChangeSchema } from '../validations/user'

/** An admin's "sign out everywhere": every open session of the account ends at once, copied cookies included. */
export const endSessions = authedAction({ permission: 'user.manage', schema: accountStatusChangeSchema }, async ({ userId }, { user }) => {
  const { name, count } = await getDb().$transaction(async (tx) => {
    const account = await lockAccount(tx, userId)
    const count = await end({ userId: account.id }, tx)
    await audit(tx, { actorId: user.id, action: 'user.sessions-end', entityType: 'User', entityId: account.id, after: { sessionsEnded: count } })
    return { name: account.name, count }
  })
  if (userId === user.id) return { redirectTo: '/sign-in' }
  revalidatePath('/admin/accounts')
  const sessions = count === 1 ? 'one open session' : `${count} open sessions`
  return { status: 'ok', message: count === 0 ? `${name} had no open session. Nothing was changed.` : `Ended ${sessions} of ${name}: they must sign in again.` }
})
