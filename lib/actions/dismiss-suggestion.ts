'use server'

import { revalidatePath } from 'next/cache'
import { suggestionDecided } from '../server/annotations/accept-suggestion'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { notFound } from '../errors'
import { suggestionDismissSchema } from '../validations/quote'

/** Dismisses a figure or check-worthy sentence the importer suggested. */
export const dismissSuggestion = authedAction({ permission: 'figure.write', schema: suggestionDismissSchema }, async (input, { user }) => {
  const sourceId = await getDb().$transaction(async (tx) => {
    const suggestion = await tx.suggestion.findUnique({
      where: { id: input.suggestionId },
      select: { id: true, status: true, kind: true, exact: true, decidedAt: true, decidedBy: { select: { name: true } }, snapshot: { select: { sourceId: true } } },
    })
    if (!suggestion) throw notFound('suggestion')
    if (suggestion.status !== 'OPEN') throw suggestionDecided(suggestion)
    const after = await tx.suggestion.update({
      where: { id: suggestion.id },
      data: { status: 'DISMISSED', decidedById: user.id, decidedAt: new Date() },
      select: { status: true, decidedById: true, decidedAt: true },
    })
    await audit(tx, { actorId: user.id, action: 'suggestion.dismiss', entityType: 'Suggestion', entityId: suggestion.id, before: { status: 'OPEN', kind: suggestion.kind, exact: suggestion.exact }, after })
    return suggestion.snapshot.sourceId
  })
  revalidatePath(`/review/sources/${sourceId}`)
  return { status: 'ok', message: 'Suggestion dismissed.' }
})
