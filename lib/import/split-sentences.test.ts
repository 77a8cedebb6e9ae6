import { describe, expect, it } from 'vitest'

import { splitSentences } from './split-sentences'

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end))

describe('splitSentences', () => {
  it('splits prose into trimmed sentences with offsets into the text', () => {
    const text = '  Sessions said so.  Prosecutions took days!\n\nDid they? Yes.  '
    expect(splitSentences(text)[0]).toEqual({ start: 2, end: 19 })
    expect(sentences(text)).toEqual(['Sessions said so.', 'Prosecutions took days!', 'Did they?', 'Yes.'])
  })

  it('does not end a sentence at "U.S.", a title or a month abbreviation', () => {
    const text =
      'It was announced by the U.S. Department of Justice. Gen. Kelly met Sen. Graham on Jan. 15. ' +
      'Lt. Col. Smith and J. Doe spoke. It ends in the U.S.'
    expect(sentences(text)).toEqual([
      'It was announced by the U.S. Department of Justice.',
      'Gen. Kelly met Sen. Graham on Jan. 15.',
      'Lt. Col. Smith and J. Doe spoke.',
      'It ends in the U.S.',
    ])
  })

  it('ends a sentence at every line break, so headings and list items stand alone', () => {
    const text = 'Washington D.C.\nFriday, April 26, 2024\n\n  • DOJ officials were aware.\n  • U.S. attorneys shared concerns.'
    expect(sentences(text)).toEqual([
      'Washington D.C.',
      'Friday, April 26, 2024',
      'DOJ officials were aware.',
      'U.S. attorneys shared concerns.',
    ])
  })

  it('gives the same sentences for a very long line, which is segmented in pieces', () => {
    const known = [
      'It was announced by the U.S. Department of Justice.',
      'Prosecutions took three to seven days!',
      '“Did they know?”',
      'Sessions told Gen. Kelly so, according to notes of the meeting.',
    ]
    const repeated = Array.from({ length: 300 }, () => known).flat()
    const line = repeated.join(' ')
    expect(line.length).toBeGreaterThan(10 * 4_000)
    expect(sentences(line)).toEqual(repeated)
  })

  it('copes with a line without spaces or sentence ends', () => {
    const text = `a${'😀'.repeat(3_000)} and ${'x'.repeat(5_000)}.`
    const spans = splitSentences(text)
    expect(spans[0]?.start).toBe(0)
    expect(spans.at(-1)?.end).toBe(text.length)
    expect(spans.every(({ start, end }) => text.slice(start, end).isWellFormed())).toBe(true)
  })

  it('finds nothing in blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([])
  })
})
