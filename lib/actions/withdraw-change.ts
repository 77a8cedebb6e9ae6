'use server'

import { authedAction } from '../auth/authed-action'
import { revalidateChangePages } from '../server/changes/revalidate'
import { getDb } from '../db'
import { withdrawChange as withdraw } from '../server/changes/withdraw-change'
import { changeWithdrawSchema } from '../validations/change'

/** Withdraws a pending change: its proposer, or an editor. The public never saw it. */
export const withdrawChange = authedAction({ permission: 'workspace.view', schema: changeWithdrawSchema }, async (input, { user }) => {
  const done = await getDb().$transaction((tx) => withdraw(tx, user, input.changeId))
  revalidateChangePages({ id: input.changeId, ...done }, false)
  return { status: 'ok', message: 'Change withdrawn. The public never saw it.' }
})
