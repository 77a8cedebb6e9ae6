import type { CurrentUser } from '../auth'
import { getDb } from '../db'
import { can } from '../permissions'

export const ACCOUNT_ROW = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const

/** Every account, enabled ones first, for the admin page. Only admins ever get the list. */
export async function listAccounts(viewer: CurrentUser) {
  if (!can(viewer.role, 'user.manage')) return []
  return getDb().user.findMany({
    select: ACCOUNT_ROW,
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }, { email: 'asc' }],
  })
}

export type AccountSummary = Awaited<ReturnType<typeof listAccounts>>[number]
