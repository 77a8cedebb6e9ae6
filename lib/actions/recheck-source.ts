'use server'

import { revalidatePath } from 'next/cache'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { requireDatabaseUrl } from '../env'
import { openQueue } from '../jobs/queue'
import { requestRecheck } from '../server/captures/request-recheck'
import { sourceRecheckSchema } from '../validations/capture'

/** Fetches a source's address again now; the capture's progress page follows it. */
export const recheckSource = authedAction({ permission: 'source.watch', schema: sourceRecheckSchema }, async (input, { user }) => {
  const boss = await openQueue(requireDatabaseUrl())
  const capture = await getDb().$transaction((tx) => requestRecheck(tx, boss, input.sourceId, user.id))
  revalidatePath(`/review/sources/${input.sourceId}`)
  return { redirectTo: `/review/captures/${capture.id}` }
})
