import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { describeQuote, findUniqueQuote } from '../anchoring'
import { reanchorQuotes, type StoredQuote } from './reanchor-quotes'

const SEED = path.join(import.meta.dirname, '../../prisma/seed/sources/inspector-general-driving-force.txt')
const TEXT = readFileSync(SEED, 'utf8')

function quote(id: string, text: string, exact: string): StoredQuote {
  const { start, end } = findUniqueQuote(text, exact)
  return { id, ...describeQuote(text, start, end) }
}

const THREE_TO_SEVEN = 'prosecutions took three to seven days'
const CHILDREN = 'separation of more than 3,000 immigrant children from their families'
const SEVENTY_TWO = 'within 72 hours'
const quotes = [quote('a', TEXT, CHILDREN), quote('b', TEXT, THREE_TO_SEVEN), quote('c', TEXT, SEVENTY_TWO)]

describe('reanchorQuotes', () => {
  it('keeps every quote where it was when the text is unchanged', () => {
    expect(reanchorQuotes(quotes, TEXT)).toEqual(
      quotes.map(({ id, ...anchor }) => ({
        id,
        result: { status: 'ANCHORED', start: anchor.start, end: anchor.end, method: 'position' },
        selector: anchor,
      })),
    )
  })

  it('follows every quote when a paragraph is inserted before them', () => {
    const note = 'Correction: An earlier version of this story misstated the date of the report.\n\n'
    const edited = note + TEXT
    const shift = note.length
    expect(reanchorQuotes(quotes, edited)).toEqual(
      quotes.map(({ id, ...old }) => ({
        id,
        result: { status: 'ANCHORED', start: old.start + shift, end: old.end + shift, method: 'quote' },
        selector: { ...old, start: old.start + shift, end: old.end + shift },
      })),
    )
  })

  it('re-anchors a lightly edited quote as FUZZY, with the new words and fresh context', () => {
    const edited = TEXT.replace('prosecutions took three to seven days', 'prosecutions took three to seven days or more')
      .replace('the separation of more than 3,000 immigrant children', 'the separation of over 3,000 migrant children')
    const [children, days] = reanchorQuotes(quotes, edited)
    expect(children?.result.status).toBe('FUZZY')
    expect(children?.selector?.exact).toBe('separation of over 3,000 migrant children from their families')
    expect(children?.selector?.prefix).toBe(edited.slice((children?.selector?.start ?? 0) - 32, children?.selector?.start))
    expect(days?.result).toMatchObject({ status: 'ANCHORED', method: 'quote' })
    expect(days?.selector?.suffix.startsWith(' or more')).toBe(true)
  })

  it('orphans a quote whose passage was deleted, and leaves the others anchored', () => {
    const sentence = TEXT.slice(TEXT.indexOf('But prosecutions took'), TEXT.indexOf('72 hours.') + '72 hours.'.length)
    const edited = TEXT.replace(sentence, '')
    const [children, days, hours] = reanchorQuotes(quotes, edited)
    expect(days).toEqual({ id: 'b', result: { status: 'ORPHANED' } })
    expect(hours).toEqual({ id: 'c', result: { status: 'ORPHANED' } })
    expect(children?.result.status).toBe('ANCHORED')
  })

  it('widens a fuzzy match that would start inside an emoji to the whole character', () => {
    const text = 'Officials said 😀 the plan would work.'
    const stored = quote('e', text, 'Officials said')
    const edited = text.replace('O', '🙂')
    const [result] = reanchorQuotes([stored], edited)
    expect(result?.result).toMatchObject({ status: 'FUZZY', start: 0 })
    expect(result?.selector?.exact).toBe('🙂fficials said')
  })

  it('returns nothing for no quotes', () => {
    expect(reanchorQuotes([], TEXT)).toEqual([])
  })
})
