'use server'

import { revalidatePath } from 'next/cache'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { markCaptureSeen as markSeen } from '../server/captures/mark-capture-seen'
import { captureSeenSchema } from '../validations/capture'

/** Takes what a re-check found off the "Changed sources" queue. */
export const markCaptureSeen = authedAction({ permission: 'source.watch', schema: captureSeenSchema }, async (input, { user }) => {
  const { sourceId } = await getDb().$transaction((tx) => markSeen(tx, user.id, input.captureId))
  revalidatePath('/review')
  revalidatePath('/review/changed-sources')
  if (sourceId) revalidatePath(`/review/sources/${sourceId}`)
  return { status: 'ok', message: 'Marked seen.' }
})
