import { z } from 'zod'
import { Rating } from '../generated/prisma/enums'
import { fromAddress } from './params'

export const SEARCH_QUERY_MAX = 200
/** Claims per page of results; sources and quantities are listed on the first page only. */
export const SEARCH_PAGE_SIZE = 20
export const SEARCH_PAGE_MAX = 50


/** `/search?q=…&rating=…&source=…&page=…`, as the search form sends it. */
export const searchParamsSchema = z.object({
  q: z.preprocess(
    (value) => fromAddress(value) ?? '',
    z
      .string()
      .trim()
      .max(SEARCH_QUERY_MAX, { error: `Keep your search to ${SEARCH_QUERY_MAX} characters or fewer` })
      // Control characters have no place in a query and would only confuse the text search parser.
      .transform((value) => value.replace(/[\p{Cc}\p{Cs}\uE000\uE001]+/gu, ' ').trim()),
  ),
  rating: z.preprocess(fromAddress, z.enum(Rating, { error: 'Choose a rating from the list' }).optional()),
  source: z.preprocess(fromAddress, z.cuid({ error: 'Choose a source from the list' }).optional()),
  page: z.preprocess(fromAddress, z.coerce.number().int().min(1).max(SEARCH_PAGE_MAX).default(1)),
})

export type SearchInput = z.infer<typeof searchParamsSchema>
