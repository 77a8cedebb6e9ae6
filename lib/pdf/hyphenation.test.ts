import { describe, expect, it } from 'vitest'
import { documentWords, shouldMend } from './hyphenation'

const none = new Set<string>()

describe('shouldMend', () => {
  it('mends a word the word list knows', () => {
    expect(shouldMend('pro', 'secutions', none)).toBe(true)
    expect(shouldMend('Ex', 'tradition', none)).toBe(true)
  })

  it('keeps the hyphen of a compound whose parts do not make a word', () => {
    expect(shouldMend('well', 'known', none)).toBe(false)
    expect(shouldMend('cross', 'examined', none)).toBe(false)
  })

  it('keeps a hyphen after an abbreviation or a number, or before a capital', () => {
    expect(shouldMend('U.S.', 'Mexico', none)).toBe(false)
    expect(shouldMend('anti', 'American', none)).toBe(false)
    expect(shouldMend('2023', 'onwards', none)).toBe(false)
  })

  it('goes by the document first: a word it writes whole, or a compound it writes hyphenated', () => {
    expect(shouldMend('Claim', 'trail', documentWords(['Claimtrail keeps the sources.']))).toBe(true)
    expect(shouldMend('re', 'cover', none)).toBe(true)
    expect(shouldMend('re', 'cover', documentWords(['The re-cover of the chairs cost more.']))).toBe(false)
  })

  it('keeps the hyphen of a word neither the document nor the word list knows', () => {
    expect(shouldMend('Nieder', 'sachsen', none)).toBe(false)
  })
})

describe('documentWords', () => {
  it('lists words and hyphenated compounds, lowercased', () => {
    expect([...documentWords(['Well-known U.S. rules, pro-', 'secutions'])]).toEqual(['well-known', 'u', 's', 'rules', 'pro', 'secutions'])
  })
})
