import { z } from 'zod'
import { decodeCursor } from '../api/cursor'

export const API_PAGE_DEFAULT = 20
export const API_PAGE_MAX = 100

/** `GET /api/v1/claims?limit=&cursor=`; other parameters are ignored. */
export const claimListQuerySchema = z.object({
  limit: z.coerce
    .number('limit must be a number')
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(API_PAGE_MAX, `limit must be at most ${API_PAGE_MAX}`)
    .default(API_PAGE_DEFAULT),
  cursor: z
    .string()
    .max(300, 'cursor is not one this API gave out')
    .transform((text, ctx) => {
      const cursor = decodeCursor(text)
      if (cursor) return cursor
      ctx.issues.push({ code: 'custom', message: 'cursor is not one this API gave out; use the `next` link of a page', input: text })
      return z.NEVER
    })
    .optional(),
})
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>
