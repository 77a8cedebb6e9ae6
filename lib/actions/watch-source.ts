'use server'

import { revalidatePath } from 'next/cache'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { env } from '../env'
import { setSourceWatched } from '../server/captures/set-source-watched'
import { sourceWatchSchema } from '../validations/capture'

/** Starts or stops watching a source: a watched source is fetched again every WATCH_INTERVAL_HOURS. */
export const watchSource = authedAction({ permission: 'source.watch', schema: sourceWatchSchema }, async (input, { user }) => {
  await getDb().$transaction((tx) => setSourceWatched(tx, user.id, input.sourceId, input.isWatched))
  revalidatePath(`/review/sources/${input.sourceId}`)
  const message = input.isWatched
    ? `Watched: its address will be fetched again every ${env.WATCH_INTERVAL_HOURS} hours, and any change recorded.`
    : 'No longer watched: its address will not be fetched again unless you ask.'
  return { status: 'ok', message }
})
