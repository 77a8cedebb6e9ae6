import { describe, expect, it } from 'vitest'

import { contentHash } from './content-hash'

describe('contentHash', () => {
  it('is the lowercase hex SHA-256 of the UTF-8 bytes', () => {
    // Known digests: `printf 'abc' | sha256sum` and of the empty string.
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('hashes non-ASCII text as UTF-8, so it matches the hash of the stored bytes', () => {
    // `printf '“545”' | sha256sum`: curly quotes are three bytes each in UTF-8.
    expect(contentHash('“545”')).toBe('05e52d8788285e26a11aba6e5ccf218afcddd8839bdf99b28ed925fa7983ce7a')
    expect(contentHash('“545”')).not.toBe(contentHash('"545"'))
    expect(contentHash('é')).not.toBe(contentHash('e\u0301'))
  })
})
