import { describe, expect, it } from 'vitest'
import { findPassage } from './find-passage'

const TEXT = 'Sessions announced “zero tolerance” — for every border crossing.\nMore than 3,000 children were separated. More than 3,000 children.'

describe('findPassage', () => {
  it('finds exact words', () => {
    expect(findPassage(TEXT, 'for every border')).toEqual({ ok: true, range: { start: TEXT.indexOf('for every'), end: TEXT.indexOf('for every') + 16 } })
  })

  it('forgives straight quotes, plain dashes, capitals and line breaks typed as spaces', () => {
    const result = findPassage(TEXT, 'announced "zero tolerance" - for every border crossing. more than 3,000 children were')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(TEXT.slice(result.range.start, result.range.end)).toBe('announced “zero tolerance” — for every border crossing.\nMore than 3,000 children were')
  })

  it('refuses words that occur more than once, and words that are not there', () => {
    expect(findPassage(TEXT, 'More than 3,000 children')).toEqual({ ok: false, message: expect.stringContaining('appear 2 times') })
    expect(findPassage(TEXT, 'more than 3,000 CHILDREN')).toEqual({ ok: false, message: expect.stringContaining('appear 2 times') })
    expect(findPassage(TEXT, '611 parents')).toEqual({ ok: false, message: expect.stringContaining('not in the text') })
    expect(findPassage(TEXT, ' ')).toMatchObject({ ok: false })
  })

  it('treats regular-expression characters as text', () => {
    expect(findPassage('a (b) [c] $d.', '(b) [c] $d.')).toMatchObject({ ok: true, range: { start: 2, end: 13 } })
    expect(findPassage('a (b) [c] $d.', 'a.*')).toMatchObject({ ok: false })
  })
})
