'use server'

import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { verdictReturnSchema } from '../validations/verdict'
import { returnVerdict as returnToAuthor } from '../server/verdicts/return-verdict'
import { revalidateVerdictPages } from '../server/verdicts/revalidate'

/** An editor sends a submitted (or approved, unpublished) revision back with a comment. */
export const returnVerdict = authedAction({ permission: 'verdict.return', schema: verdictReturnSchema }, async (input, { user }) => {
  const row = await getDb().$transaction((tx) => returnToAuthor(tx, user, { verdictId: input.verdictId, lockVersion: input.lockVersion, comment: input.comment }))
  revalidateVerdictPages(row.claimId, false)
  return { status: 'ok', message: 'Returned with your comment. It appears in its author’s “Returned to me” queue.' }
})
