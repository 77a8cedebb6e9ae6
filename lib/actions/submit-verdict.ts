'use server'

import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { verdictTransitionSchema } from '../validations/verdict'
import { submitVerdict as submit } from '../server/verdicts/submit-verdict'
import { revalidateVerdictPages } from '../server/verdicts/revalidate'

/** Sends a draft or returned revision to the editors for approval. */
export const submitVerdict = authedAction({ permission: 'verdict.submit', schema: verdictTransitionSchema }, async (input, { user }) => {
  const row = await getDb().$transaction((tx) => submit(tx, user, { verdictId: input.verdictId, lockVersion: input.lockVersion }))
  revalidateVerdictPages(row.claimId, false)
  return { status: 'ok', message: 'Submitted for approval. An editor who has not changed it will review it.' }
})
