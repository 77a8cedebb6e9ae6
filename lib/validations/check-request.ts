import { z } from 'zod'
import { CheckRequestStatus } from '../generated/prisma/enums'
import { optionalText } from './quote'
import { formatNumber } from '../format'

export const CHECK_REQUEST_TEXT_MAX = 2000

/** A reader's request that we check a claim. `website` is a honeypot: people leave it empty. */
export const checkRequestSchema = z.object({
  claimText: z
    .string('Write the claim you would like us to check')
    .trim()
    .min(10, 'Write the claim you would like us to check, in a sentence or two')
    .max(CHECK_REQUEST_TEXT_MAX, `Keep it to ${formatNumber(CHECK_REQUEST_TEXT_MAX)} characters or fewer`),
  seenAt: optionalText(500, 'Keep this to 500 characters or fewer'),
  email: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.email('Enter an email address such as name@example.org, or leave it empty').max(254, 'Keep the address to 254 characters or fewer').optional(),
  ),
  website: z.string().max(0, 'Leave this field empty').optional(),
})
export type CheckRequestInput = z.infer<typeof checkRequestSchema>

/** A reviewer taking up or declining a request. */
export const checkRequestDecisionSchema = z.object({
  requestId: z.cuid('That request no longer exists'),
  status: z.enum([CheckRequestStatus.TAKEN_UP, CheckRequestStatus.DECLINED], 'Choose whether to take it up or decline it'),
  decisionNote: optionalText(1000, 'Keep the note to 1,000 characters or fewer'),
})
export type CheckRequestDecisionInput = z.infer<typeof checkRequestDecisionSchema>
