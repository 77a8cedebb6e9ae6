'use server'

import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { approveVerdict as approve } from '../server/verdicts/approve-verdict'
import { verdictPublicationSchema } from '../validations/verdict'
import { refreshOnListChange, revalidateVerdictPages } from '../server/verdicts/revalidate'

/** An editor who did not write the revision approves it, with the list of what will become public. */
export const approveVerdict = authedAction({ permission: 'verdict.approve', schema: verdictPublicationSchema }, async (input, { user }) => {
  const choice = { verdictId: input.verdictId, lockVersion: input.lockVersion, digest: input.publicationDigest, heldBack: input.heldBack }
  const row = await refreshOnListChange(input.verdictId, () => getDb().$transaction((tx) => approve(tx, user, choice)))
  revalidateVerdictPages(row.claimId, false)
  const held = input.heldBack.length
  return { status: 'ok', message: `Approved${held ? `, with ${held === 1 ? 'one figure' : `${held} figures`} held back` : ''}. It can now be published.` }
})
