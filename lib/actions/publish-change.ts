'use server'

import { authedAction } from '../auth/authed-action'
import { CHANGE_KIND_LABELS } from '../changes/pending-change'
import { revalidateChangePages } from '../server/changes/revalidate'
import { getDb } from '../db'
import { StaleScreenError } from '../errors'
import { publishChange as publish } from '../server/changes/publish-change'
import { changePublishSchema } from '../validations/change'

/** Publishes someone else's change to something public, exactly as the approve screen showed it. */
export const publishChange = authedAction({ permission: 'change.publish', schema: changePublishSchema }, async (input, { user }) => {
  try {
    const done = await getDb().$transaction((tx) => publish(tx, user, { changeId: input.changeId, digest: input.changeDigest }), { timeout: 60_000 })
    revalidateChangePages({ id: input.changeId, ...done }, true)
    return { status: 'ok', message: `Published: ${CHANGE_KIND_LABELS[done.kind].toLowerCase()}. The public pages now show it.` }
  } catch (error) {
    // The page is rendered again, so the editor sees the change as it is now beside the refusal.
    if (error instanceof StaleScreenError) revalidateChangePages({ id: input.changeId, figureId: null, sourceId: null }, false)
    throw error
  }
})
