import { z } from 'zod'

const RELOAD = 'Reload the page and try again'

/** Publishing a pending change: the digest is of the approve screen the editor saw. */
export const changePublishSchema = z.object({
  changeId: z.cuid(RELOAD),
  changeDigest: z.string().min(1, RELOAD).max(200, RELOAD),
})

export const changeWithdrawSchema = z.object({ changeId: z.cuid(RELOAD) })
