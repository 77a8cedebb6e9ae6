import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { normalizeLine, normalizeText } from './normalize-text'

describe('normalizeText', () => {
  it('turns Windows and old Mac line ends into LF', () => {
    expect(normalizeText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree')
  })

  it('strips the BOM, zero-width and control characters, and turns tabs into spaces', () => {
    const dirty = '\uFEFFAt\u200B least\u00AD 545\u0007 parents\u2060\tnot located\u0000.'
    expect(normalizeText(dirty)).toBe('At least 545 parents not located.')
  })

  it('keeps the zero-width joiner, which holds an emoji sequence together', () => {
    expect(normalizeText('family 👨‍👩‍👧 reunited')).toBe('family 👨‍👩‍👧 reunited')
  })

  it('composes to NFC, also when an invisible character sat between letter and accent', () => {
    expect(normalizeText('Omare\u0301nez')).toBe('Omarénez')
    expect(normalizeText('Omare\u200B\u0301nez')).toBe('Omarénez')
    expect(normalizeText('Omare\u0301nez')).toHaveLength(8)
  })

  it('trims trailing spaces on lines but keeps indentation', () => {
    expect(normalizeText('Title   \n  • first item \u00A0\n  • second')).toBe(
      'Title\n  • first item\n  • second',
    )
  })

  it('keeps one blank line between paragraphs, counting space-only lines as blank', () => {
    expect(normalizeText('One.\n\n\n\nTwo.\n \n\t\n\nThree.')).toBe('One.\n\nTwo.\n\nThree.')
    expect(normalizeText('a\u2029b\u2028c\fd')).toBe('a\n\nb\nc\nd')
  })

  it('trims the whole text and leaves nothing of a blank one', () => {
    expect(normalizeText('\n\n  \u00A0Text.  \n\n')).toBe('Text.')
    expect(normalizeText(' \uFEFF\r\n\t ')).toBe('')
  })

  it('replaces a lone surrogate, which cannot be stored as UTF-8', () => {
    expect(normalizeText('bad \uD83D half')).toBe('bad \uFFFD half')
  })

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const once = normalizeText(text)
        expect(normalizeText(once)).toBe(once)
      }),
      { numRuns: 200 },
    )
  })

  it('is idempotent on strings made of the characters it changes', () => {
    const tricky = fc.constantFrom(
      'a', 'e', '\u0301', ' ', '\u00A0', '\t', '\n', '\r', '\v', '\f', '\u2028', '\u2029',
      '\uFEFF', '\u200B', '\u00AD', '\u0000', '\u0085', '\uD83D', '\uDE00', '😀', '\u200D',
    )
    fc.assert(
      fc.property(fc.string({ unit: tricky, maxLength: 60 }), (text) => {
        const once = normalizeText(text)
        expect(normalizeText(once)).toBe(once)
        expect(once).not.toMatch(/\r|\t|\n{3}|[ \u00A0]\n|^\s|\s$/)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('normalizeLine', () => {
  it('makes one line of a metadata value, or null when nothing is left', () => {
    expect(normalizeLine('  Dana\n Whitfield\t')).toBe('Dana Whitfield')
    expect(normalizeLine(' \u200B ')).toBeNull()
    expect(normalizeLine(undefined)).toBeNull()
  })
})
