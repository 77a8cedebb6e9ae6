import { z } from 'zod'
import { SourceKind } from '../generated/prisma/enums'
import { idSchema } from './params'

/** The import form's web address: a full http(s) address; the address policy checks the rest. */
export const captureRequestSchema = z.object({
  address: z.string().trim().min(1, 'Enter the page’s web address').max(2000, 'Use at most 2,000 characters'),
  kind: z.enum(SourceKind, 'Choose a kind of source'),
})

export const captureIdSchema = z.object({ id: idSchema })

const RELOAD = 'Reload the page and try again'

/** Start (true) or stop (false) watching a source. */
export const sourceWatchSchema = z.object({ sourceId: z.cuid(RELOAD), isWatched: z.stringbool({ error: RELOAD }) })

/** Fetch a source's address again now. */
export const sourceRecheckSchema = z.object({ sourceId: z.cuid(RELOAD) })

/** Mark what a re-check found as seen. */
export const captureSeenSchema = z.object({ captureId: z.cuid(RELOAD) })
