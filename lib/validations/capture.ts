import { z } from 'zod'

const RELOAD = 'Reload the page and try again'

/** Start (true) or stop (false) watching a source. */
export const sourceWatchSchema = z.object({ sourceId: z.cuid(RELOAD), isWatched: z.stringbool({ error: RELOAD }) })

/** Fetch a source's address again now. */
export const sourceRecheckSchema = z.object({ sourceId: z.cuid(RELOAD) })

/** Mark what a re-check found as seen. */
export const captureSeenSchema = z.object({ captureId: z.cuid(RELOAD) })
