import { z } from 'zod'
import { formatNumber } from '../format'

export const NOTE_MAX = 5000

/** A team note on a claim; never public. */
export const noteCreateSchema = z.object({
  claimId: z.cuid('That claim no longer exists'),
  body: z.string('Write the note').trim().min(1, 'Write the note').max(NOTE_MAX, `Keep a note to ${formatNumber(NOTE_MAX)} characters or fewer`),
})
export type NoteCreateInput = z.infer<typeof noteCreateSchema>
