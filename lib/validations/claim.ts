import { z } from 'zod'
import { Stance } from '../generated/prisma/enums'
import { checkQuoteRange, countField, optionalId, optionalText, quoteRangeFields } from './quote'

export const CLAIM_TEXT_MIN = 10
export const CLAIM_TEXT_MAX = 500
export const CLAIMANT_MAX = 200

const claimText = z
  .string('Write the claim')
  .trim()
  .min(CLAIM_TEXT_MIN, `Write the claim as a full statement of at least ${CLAIM_TEXT_MIN} characters`)
  .max(CLAIM_TEXT_MAX, `Keep the claim to ${CLAIM_TEXT_MAX} characters or fewer`)
const claimant = optionalText(CLAIMANT_MAX, `Keep the claimant to ${CLAIMANT_MAX} characters or fewer`)
const stance = z.enum(Stance, 'Choose whether the source makes, supports or disputes the claim')

/** A new claim from a selected passage, which becomes its first appearance. */
export const claimCreateSchema = z
  .object({ ...quoteRangeFields, text: claimText, claimant, stance, suggestionId: optionalId })
  .superRefine(checkQuoteRange)
export type ClaimCreateInput = z.infer<typeof claimCreateSchema>

/** An edit of a claim's words, based on the copy at `lockVersion`. */
export const claimUpdateSchema = z.object({
  claimId: z.cuid('That claim no longer exists'),
  text: claimText,
  claimant,
  lockVersion: countField('Reload the page: the form is missing its version'),
})
export type ClaimUpdateInput = z.infer<typeof claimUpdateSchema>

/** A selected passage attached to an existing claim. */
export const appearanceAddSchema = z
  .object({ ...quoteRangeFields, claimId: z.cuid('Choose the claim this passage belongs to'), stance, suggestionId: optionalId })
  .superRefine(checkQuoteRange)
export type AppearanceAddInput = z.infer<typeof appearanceAddSchema>

export const appearanceUpdateSchema = z.object({ appearanceId: z.cuid('That appearance no longer exists'), stance })
export const appearanceRemoveSchema = z.object({ appearanceId: z.cuid('That appearance no longer exists') })

/** What a reviewer has typed so far, to find claims that may already say it. */
export const similarClaimsSchema = z.object({
  text: z.string().trim().min(3, 'Type at least 3 characters').max(2000),
  excludeClaimId: z.cuid().optional(),
})
export type SimilarClaimsInput = z.infer<typeof similarClaimsSchema>
