// The opaque cursor of the claims list: the last claim of a page, by the list's order (published
// newest first, then slug). Keyset pagination, so a claim published meanwhile never shifts a page.
import { slugSchema } from '../validations/params'

export type ClaimCursor = { publishedAt: Date; slug: string }

export function encodeCursor(cursor: ClaimCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt.toISOString(), cursor.slug])).toString('base64url')
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** The cursor, or null for anything this API did not hand out. */
export function decodeCursor(text: string): ClaimCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') return null
    // Only what encodeCursor writes: a four-digit-year ISO instant that reads back the same. A date
    // JavaScript accepts but PostgreSQL does not (year -271821) must not reach the query.
    if (!ISO_INSTANT.test(value[0])) return null
    const publishedAt = new Date(value[0])
    const slug = slugSchema.safeParse(value[1])
    return Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== value[0] || !slug.success ? null : { publishedAt, slug: slug.data }
  } catch {
    return null
  }
}
