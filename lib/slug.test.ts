import { describe, expect, it } from 'vitest'
import { slugSchema } from './validations/params'
import { firstFreeSlug, slugify, slugWithCounter, SLUG_MAX_LENGTH } from './slug'

describe('slugify', () => {
  it('makes a lowercase, hyphenated slug from a claim', () => {
    expect(slugify('More than 3,000 children were separated from their families.')).toBe(
      'more-than-3000-children-were-separated-from-their-families',
    )
  })

  it('drops accents, curly quotes and dashes, and keeps abbreviations whole', () => {
    expect(slugify('The U.S.–Mexico border: “zero tolerance” didn’t end in café talk')).toBe(
      'the-us-mexico-border-zero-tolerance-didnt-end-in-cafe-talk',
    )
  })

  it('cuts a long text at a word boundary within the limit', () => {
    const slug = slugify('At least 545 parents separated from their children at the U.S.–Mexico border under the zero tolerance policy could not be located as of October 2020.')
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(slug).toBe('at-least-545-parents-separated-from-their-children-at-the-us-mexico-border-under')
    expect(slug).toMatch(/[a-z0-9]$/)
  })

  it('cuts a single overlong word instead of returning nothing', () => {
    expect(slugify('a'.repeat(200))).toHaveLength(SLUG_MAX_LENGTH)
  })

  it('falls back when there is nothing to keep', () => {
    expect(slugify('… — “ ”')).toBe('claim')
    expect(slugify('!!!', 80, 'quantity')).toBe('quantity')
  })

  it('always gives a slug the public URLs accept', () => {
    for (const text of ['Ünïcödé ÇÀFÉ', '--a--b--', '2018: 11,086 referrals', 'x'.repeat(90), '😀 emoji 😀']) {
      expect(slugSchema.safeParse(slugify(text)).success, text).toBe(true)
    }
  })
})

describe('slug counters', () => {
  it('adds a counter and keeps within the limit', () => {
    expect(slugWithCounter('zero-tolerance', 1)).toBe('zero-tolerance')
    expect(slugWithCounter('zero-tolerance', 2)).toBe('zero-tolerance-2')
    const long = slugify('word '.repeat(30))
    const numbered = slugWithCounter(long, 12)
    expect(numbered.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(numbered).toMatch(/^word(-word)*-12$/)
  })

  it('takes the first free slug', () => {
    expect(firstFreeSlug('a', new Set())).toBe('a')
    expect(firstFreeSlug('a', new Set(['a', 'a-2']))).toBe('a-3')
  })
})
