import { z } from 'zod'
import { Rating } from '../generated/prisma/enums'
import { idSchema } from './params'
import { formatNumber } from '../format'

export const SUMMARY_MAX = 200
export const RATIONALE_MAX = 20_000
export const CORRECTION_NOTE_MAX = 1_000
export const EVIDENCE_NOTE_MAX = 500
export const EVIDENCE_MAX = 30
export const REVIEW_COMMENT_MAX = 4_000

/** A length limit whose message says how long the text is now, so the person knows how much to cut. */
const limit = (max: number, what: string) => ({
  error: (issue: { input?: unknown }) =>
    `Keep the ${what} to ${formatNumber(max)} characters or fewer (it has ${formatNumber(String(issue.input ?? '').length)})`,
})

const lockVersionSchema = z.coerce.number({ error: 'Reload the page and try again' }).int().min(0)

const optionalNote = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, limit(max, what))
    .optional()
    .transform((value) => value || null)

/**
 * The evidence picker sends, for each passage offered, `cite:<quoteId>` (a checkbox), `note:<quoteId>`
 * and `order:<quoteId>`; unique names keep each one's value when a refused form is shown again.
 * This turns them into an ordered list of citations.
 */
function collectEvidence(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw
  const fields = raw as Record<string, unknown>
  const cited = Object.keys(fields)
    .filter((key) => key.startsWith('cite:'))
    .map((key, index) => {
      const quoteId = key.slice('cite:'.length)
      const order = Number(fields[`order:${quoteId}`])
      return { quoteId, note: fields[`note:${quoteId}`] ?? '', order: Number.isFinite(order) && fields[`order:${quoteId}`] !== '' ? order : Infinity, index }
    })
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ quoteId, note }) => ({ quoteId, note }))
  return { ...fields, evidence: cited }
}

/**
 * Checkboxes named `<prefix>:<id>` (unique names, so a refused form shows each one as it was) as the
 * list of ids ticked, under `field`.
 */
function collectTicked(prefix: string, field: string) {
  return (raw: unknown): unknown => {
    if (typeof raw !== 'object' || raw === null) return raw
    const fields = raw as Record<string, unknown>
    const ids = Object.keys(fields).filter((key) => key.startsWith(`${prefix}:`)).map((key) => key.slice(prefix.length + 1))
    return { ...fields, [field]: ids }
  }
}

const idList = (max: number, message: string) => z.array(idSchema).max(max, message)

export const INCLUDED_MAX = 100

export const verdictSaveSchema = z.preprocess(
  (raw: unknown) => collectTicked('includeAppearance', 'includeAppearance')(collectTicked('includeFigure', 'includeFigure')(collectEvidence(raw))),
  z
    .object({
      claimId: idSchema,
      /** Absent when creating the claim's first draft. */
      verdictId: z.union([z.literal('').transform(() => undefined), idSchema]).optional(),
      lockVersion: z.union([z.literal('').transform(() => undefined), lockVersionSchema]).optional(),
      rating: z.enum(Rating, 'Choose a rating from the scale'),
      summary: z
        .string('Write a one-line summary')
        .trim()
        .min(1, 'Write a one-line summary')
        .max(SUMMARY_MAX, limit(SUMMARY_MAX, 'summary'))
        .regex(/^[^\r\n]*$/, 'Keep the summary on one line'),
      rationale: z.string('Explain the rating').trim().min(1, 'Explain the rating').max(RATIONALE_MAX, limit(RATIONALE_MAX, 'rationale')),
      correctionNote: optionalNote(CORRECTION_NOTE_MAX, 'correction note'),
      evidence: z
        .array(z.object({ quoteId: idSchema, note: optionalNote(EVIDENCE_NOTE_MAX, 'note on each passage') }))
        .max(EVIDENCE_MAX, `Cite at most ${EVIDENCE_MAX} passages`),
      /** What publishing the revision publishes with it, besides its evidence (docs/decisions/015). */
      includeFigure: idList(INCLUDED_MAX, `Include at most ${INCLUDED_MAX} figures`),
      includeAppearance: idList(INCLUDED_MAX, `Include at most ${INCLUDED_MAX} passages`),
    })
    .refine((input) => !input.verdictId || input.lockVersion !== undefined, { path: ['lockVersion'], message: 'Reload the page and try again' }),
)

export type VerdictSaveInput = z.infer<typeof verdictSaveSchema>

/** Submit, approve and publish: which revision, and the version of it the person was looking at. */
export const verdictTransitionSchema = z.object({ verdictId: idSchema, lockVersion: lockVersionSchema })

/**
 * Approve and publish: besides the revision, the digest of the list of what becomes public that the
 * screen showed, and the figures the editor holds back.
 */
export const verdictPublicationSchema = z.preprocess(
  collectTicked('holdBack', 'heldBack'),
  verdictTransitionSchema.extend({
    publicationDigest: z.string('Reload the page and try again').min(1, 'Reload the page and try again').max(100),
    heldBack: idList(INCLUDED_MAX, `Hold back at most ${INCLUDED_MAX} figures`),
  }),
)

export const verdictReturnSchema = verdictTransitionSchema.extend({
  comment: z
    .string('Say what needs to change')
    .trim()
    .min(1, 'Say what needs to change')
    .max(REVIEW_COMMENT_MAX, limit(REVIEW_COMMENT_MAX, 'comment')),
})

export const verdictCorrectionSchema = verdictTransitionSchema.extend({
  correctionNote: z
    .string('Say what the correction changes')
    .trim()
    .min(1, 'Say what the correction changes; readers will see this note with its date')
    .max(CORRECTION_NOTE_MAX, limit(CORRECTION_NOTE_MAX, 'correction note')),
})
