import { createHash } from 'node:crypto'

/**
 * SHA-256 of the UTF-8 bytes, lowercase hex: what `SourceSnapshot.contentHash` stores. Two
 * imports with the same hash are the same snapshot, so every writer must hash through here.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
