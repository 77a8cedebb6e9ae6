'use server'

import { revalidatePath } from 'next/cache'
import { publicAction } from '../auth/authed-action'
import { getDb } from '../db'
import { clientAddress } from '../http/client-address'
import { allowCheckRequest } from '../auth/rate-limit'
import { checkRequestSchema } from '../validations/check-request'

/** A reader asks us to check a claim. No account; a few per hour per address. */
export const sendCheckRequest = publicAction(
  {
    schema: checkRequestSchema,
    allow: (headers) => allowCheckRequest(clientAddress(headers)),
    refused: 'You have sent several requests in the last hour. Please try again later; nothing was sent this time.',
  },
  async (input) => {
    await getDb().checkRequest.create({ data: { claimText: input.claimText, seenAt: input.seenAt ?? null, email: input.email ?? null }, select: { id: true } })
    revalidatePath('/review/requests')
    return { status: 'ok', message: 'Thank you. Your request is with our reviewers, who read every one.' }
  },
)
