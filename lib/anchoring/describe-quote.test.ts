import { describe, expect, it } from 'vitest'

import { describeQuote } from './describe-quote'
import { QuoteLookupError, findUniqueQuote } from './find-unique-quote'

const TEXT =
  'Why it matters: At least 545 parents separated from their children at the U.S.-Mexico ' +
  'border under the now-reversed policy could not be located as of October.'

describe('describeQuote', () => {
  it('stores the exact words with 32 characters of context either side', () => {
    const start = TEXT.indexOf('At least 545 parents')
    const anchor = describeQuote(TEXT, start, start + 'At least 545 parents'.length)
    expect(anchor).toEqual({
      exact: 'At least 545 parents',
      prefix: 'Why it matters: ',
      suffix: ' separated from their children a',
      start,
      end: start + 20,
    })
  })

  it('shortens the prefix at the start of the text and the suffix at its end', () => {
    const first = describeQuote(TEXT, 0, 3)
    expect(first.prefix).toBe('')
    expect(first.suffix).toHaveLength(32)
    const last = describeQuote(TEXT, TEXT.length - 8, TEXT.length)
    expect(last.exact).toBe('October.')
    expect(last.suffix).toBe('')
    expect(last.prefix).toHaveLength(32)
  })

  it('honours a custom context length, including none', () => {
    const anchor = describeQuote(TEXT, 16, 24, 5)
    expect(anchor).toMatchObject({ exact: 'At least', prefix: 'ers: ', suffix: ' 545 ' })
    expect(describeQuote(TEXT, 16, 24, 0)).toMatchObject({ prefix: '', suffix: '' })
  })

  it('keeps curly quotes and em dashes as single UTF-16 units', () => {
    const text = 'He called it “zero tolerance” — a policy, he said, with “no exceptions.”'
    const start = text.indexOf('“zero tolerance” —')
    const anchor = describeQuote(text, start, start + '“zero tolerance” —'.length)
    expect(anchor.exact).toBe('“zero tolerance” —')
    expect(anchor.prefix).toBe('He called it ')
    expect(anchor.suffix).toBe(' a policy, he said, with “no exc')
    expect(anchor.suffix).toHaveLength(32)
  })

  it('never cuts an emoji in half, in the selection or in its context', () => {
    const text = '😀abc😀'
    expect(() => describeQuote(text, 1, 3)).toThrow(RangeError)
    const anchor = describeQuote(text, 2, 5, 1)
    expect(anchor).toMatchObject({ exact: 'abc', prefix: '', suffix: '' })
    expect(describeQuote(text, 2, 5, 2)).toMatchObject({ prefix: '😀', suffix: '😀' })
  })

  it.each([
    [-1, 3, /outside the text/],
    [0, TEXT.length + 1, /outside the text/],
    [10, 5, /after its end/],
    [7, 7, /Empty selection/],
    [1.5, 3, /integers/],
    [Number.NaN, 3, /integers/],
  ])('rejects the range %s..%s', (start, end, message) => {
    expect(() => describeQuote(TEXT, start, end)).toThrow(RangeError)
    expect(() => describeQuote(TEXT, start, end)).toThrow(message)
  })

  it('rejects a whitespace-only selection and a negative context length', () => {
    expect(() => describeQuote('a   b', 1, 4)).toThrow(/only whitespace/)
    expect(() => describeQuote(TEXT, 0, 3, -1)).toThrow(RangeError)
  })
})

describe('findUniqueQuote', () => {
  const twice = 'more than 3,000 children were separated; more than 3,000 children remain.'

  it('finds words that appear once', () => {
    expect(findUniqueQuote(TEXT, '545 parents')).toEqual({ start: 25, end: 36 })
  })

  it('takes the nth occurrence when asked', () => {
    const second = twice.lastIndexOf('more than 3,000 children')
    expect(findUniqueQuote(twice, 'more than 3,000 children', 2)).toEqual({
      start: second,
      end: second + 24,
    })
  })

  it('refuses to guess between several occurrences', () => {
    expect(() => findUniqueQuote(twice, 'more than 3,000 children')).toThrow(/appears 2 times/)
    try {
      findUniqueQuote(twice, 'children')
    } catch (error) {
      expect(error).toBeInstanceOf(QuoteLookupError)
      expect(error).toMatchObject({ reason: 'AMBIGUOUS', count: 2 })
    }
  })

  it('reports absent words and missing occurrences', () => {
    expect(() => findUniqueQuote(TEXT, '611 parents')).toThrow(QuoteLookupError)
    expect(() => findUniqueQuote(TEXT, '611 parents')).toThrow(/not found/)
    expect(() => findUniqueQuote(twice, 'children', 3)).toThrow(/no occurrence 3/)
  })

  it('rejects an empty quote and a bad occurrence number', () => {
    expect(() => findUniqueQuote(TEXT, '')).toThrow(RangeError)
    expect(() => findUniqueQuote(TEXT, 'parents', 0)).toThrow(RangeError)
    expect(() => findUniqueQuote(TEXT, 'parents', 1.5)).toThrow(RangeError)
  })
})
