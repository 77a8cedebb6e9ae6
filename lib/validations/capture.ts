import { z } from 'zod'
import { SourceKind } from '../generated/prisma/enums'
import { idSchema } from './params'

/** The import form's web address: a full http(s) address; the address policy checks the rest. */
export const captureRequestSchema = z.object({
  address: z.string().trim().min(1, 'Enter the page’s web address').max(2000, 'Use at most 2,000 characters'),
  kind: z.enum(SourceKind, 'Choose a kind of source'),
})

export const captureIdSchema = z.object({ id: idSchema })
