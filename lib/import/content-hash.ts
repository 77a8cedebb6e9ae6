import { createHash } from 'node:crypto'

/**
 * SHA-256 of the UTF-8 bytes of a text, or of bytes, lowercase hex: what `SourceSnapshot.contentHash`
 * and `SourceOriginal.sha256` store. Two imports with the same hash are the same snapshot, so every
 * writer must hash through here.
 */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
