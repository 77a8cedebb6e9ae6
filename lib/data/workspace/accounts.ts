import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import { ACCOUNT_ROW } from '../selects'
import { readableBy } from './access'

/** Every account, by name, for the admin page. Only admins ever get the list. */
export async function listAccounts(asker: CurrentUser) {
  return getDb().user.findMany({
    where: readableBy(asker, 'user.manage', {}),
    select: ACCOUNT_ROW,
    // Not by status: the order must not change when an account is disabled or re-enabled.
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  })
}

export type AccountSummary = Awaited<ReturnType<typeof listAccounts>>[number]
