// The opaque cursor of the claims list: the last claim of a page, by the list's order (published
// newest first, then slug). Keyset pagination, so a claim published meanwhile never shifts a page.
import { slugSchema } from '../validations/params'

export type ClaimCursor = { publishedAt: Date; slug: string }

export function encodeCursor(cursor: ClaimCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt.toISOString(), cursor.slug])).toString('base64url')
}

/** The cursor, or null for anything this API did not hand out. */
export function decodeCursor(text: string): ClaimCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') return null
    const publishedAt = new Date(value[0])
    const slug = slugSchema.safeParse(value[1])
    return Number.isNaN(publishedAt.getTime()) || !slug.success ? null : { publishedAt, slug: slug.data }
  } catch {
    return null
  }
}
