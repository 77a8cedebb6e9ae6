'use server'

import { revalidatePath } from 'next/cache'
import { retryOnUniqueClash } from '../server/annotations/free-slug'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { addFigure } from '../server/figures/add-figure'
import { figureCreateSchema } from '../validations/figure'

/** A figure stated in a selected passage (lib/server/figures/add-figure.ts), computed against its quantity's figures in the same transaction. */
export const createFigure = authedAction({ permission: 'figure.write', schema: figureCreateSchema }, async (input, { user }) => {
  const saved = await retryOnUniqueClash(() => getDb().$transaction((tx) => addFigure(tx, input, user.id)))
  revalidatePath(`/review/sources/${saved.sourceId}`)
  if (saved.claimId) revalidatePath(`/review/claims/${saved.claimId}`)
  if (saved.conflicts > 0) revalidatePath('/review/conflicts')
  return { redirectTo: `/review/sources/${saved.sourceId}?figure=${saved.figureId}#q-${saved.quoteId}` }
})
