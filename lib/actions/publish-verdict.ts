'use server'

import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { publishVerdict as publish } from '../server/verdicts/publish-verdict'
import { verdictPublicationSchema } from '../validations/verdict'
import { refreshOnListChange, revalidateVerdictPages } from '../server/verdicts/revalidate'

/** Publishes an approved revision and exactly the list of what it makes public, in one transaction. */
export const publishVerdict = authedAction({ permission: 'verdict.publish', schema: verdictPublicationSchema }, async (input, { user }) => {
  const choice = { verdictId: input.verdictId, lockVersion: input.lockVersion, digest: input.publicationDigest, heldBack: input.heldBack }
  const done = await refreshOnListChange(input.verdictId, () => getDb().$transaction((tx) => publish(tx, user, choice)))
  revalidateVerdictPages(done.claimId, true)
  const figures = done.figures === 1 ? '1 figure' : `${done.figures} figures`
  const held = done.heldBack > 0 ? `, ${done.heldBack === 1 ? 'one figure' : `${done.heldBack} figures`} held back` : ''
  return { status: 'ok', message: `Published. The public claim page now shows revision ${done.revision}, with ${figures}${held}.` }
})
