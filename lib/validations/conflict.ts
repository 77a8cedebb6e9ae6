import { z } from 'zod'
import { ConflictResolution, FigureRank } from '../generated/prisma/enums'
import { DEPRECATED_NEEDS_REASON, rankReasonKind } from './figure'

const RELOAD = 'Reload the page and try again'

const optionalRank = z.preprocess((value) => (value === '' ? undefined : value), z.enum(FigureRank, 'Choose a rank').optional())

/**
 * Settling a conflict. A note is always required; ranking also sets both figures' ranks (A and B
 * are the relation's two figures), and a deprecated one needs a reason. `updatedAt` is the
 * relation as the form was rendered, so a conflict resolved meanwhile is refused.
 */
export const conflictResolveSchema = z
  .object({
    relationId: z.cuid(RELOAD),
    updatedAt: z.iso.datetime({ message: RELOAD }),
    resolution: z.enum(ConflictResolution, 'Choose how the conflict is settled'),
    note: z.string('Say why in a note').trim().min(3, 'Say why in a note of at least 3 characters').max(2000, 'Keep the note to 2,000 characters or fewer'),
    rankA: optionalRank,
    reasonA: rankReasonKind,
    rankB: optionalRank,
    reasonB: rankReasonKind,
  })
  .superRefine((input, context) => {
    if (input.resolution !== 'RANKED') return
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message })
    for (const side of ['A', 'B'] as const) {
      const rank = input[`rank${side}`]
      if (!rank) issue(`rank${side}`, 'Choose a rank for this figure')
      if (rank === 'DEPRECATED' && !input[`reason${side}`]) issue(`reason${side}`, DEPRECATED_NEEDS_REASON)
    }
    if (input.rankA && input.rankA === input.rankB) issue('rankB', 'Give the two figures different ranks, or choose another way to settle it')
  })
export type ConflictResolveInput = z.infer<typeof conflictResolveSchema>

export const resolutionPublishSchema = z.object({ relationId: z.cuid(RELOAD), updatedAt: z.iso.datetime({ message: RELOAD }) })
