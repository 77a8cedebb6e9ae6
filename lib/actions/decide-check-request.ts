'use server'

import { revalidatePath } from 'next/cache'
import { audit } from '../server/audit/audit-log'
import { authedAction } from '../auth/authed-action'
import { getDb } from '../db'
import { AppError, notFound } from '../errors'
import { checkRequestDecisionSchema } from '../validations/check-request'

const DECIDED = { TAKEN_UP: 'took up', DECLINED: 'declined' } as const

/** A reviewer takes up or declines a reader's request; a request is decided once. */
export const decideCheckRequest = authedAction({ permission: 'request.triage', schema: checkRequestDecisionSchema }, async (input, { user }) => {
  await getDb().$transaction(async (tx) => {
    const request = await tx.checkRequest.findUnique({
      where: { id: input.requestId },
      select: { status: true, decidedAt: true, decidedBy: { select: { name: true } } },
    })
    if (!request) throw notFound('request')
    if (request.status !== 'NEW') {
      const who = request.decidedBy?.name ?? 'Someone'
      throw new AppError('conflict', `${who} already ${DECIDED[request.status]} this request. Nothing was saved.`)
    }
    const after = { status: input.status, decisionNote: input.decisionNote ?? null, decidedById: user.id, decidedAt: new Date() }
    await tx.checkRequest.update({ where: { id: input.requestId }, data: after })
    await audit(tx, { actorId: user.id, action: 'check-request.decide', entityType: 'CheckRequest', entityId: input.requestId, before: { status: 'NEW' }, after })
  })
  revalidatePath('/review/requests')
  return { status: 'ok', message: input.status === 'TAKEN_UP' ? 'Taken up.' : 'Declined.' }
})
