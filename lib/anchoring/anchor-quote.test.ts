import { describe, expect, it } from 'vitest'

import { anchorQuote, fuzzyErrorBudget } from './anchor-quote'
import { describeQuote } from './describe-quote'
import { findUniqueQuote } from './find-unique-quote'
import type { QuoteAnchor } from './types'

// Paragraphs from the Axios seed source, lightly trimmed.
const LEDE =
  "Former Attorney General Jeff Sessions underestimated how complicated the Trump administration's " +
  '"zero tolerance" policy would be, and did not fully understand the legal requirements to care ' +
  'for children separated from their families, according to a report released Thursday.'
const MATTERS =
  'Why it matters: At least 545 parents separated from their children at the U.S.-Mexico border ' +
  'under the now-reversed policy could not be located as of October.'
const FOUND =
  'What they found: The agency\'s "single-minded focus on increasing prosecutions" of migrant ' +
  'adults came at the expense of careful and appropriate consideration, the report finds.'
const TEXT = [LEDE, MATTERS, FOUND].join('\n\n')

function anchorFor(text: string, exact: string, occurrence?: number): QuoteAnchor {
  const { start, end } = findUniqueQuote(text, exact, occurrence)
  return describeQuote(text, start, end)
}

function anchoredText(text: string, result: ReturnType<typeof anchorQuote>): string | null {
  return result.status === 'ORPHANED' ? null : text.slice(result.start, result.end)
}

describe('anchorQuote', () => {
  it('uses the stored offsets when the text is unchanged', () => {
    const anchor = anchorFor(TEXT, 'At least 545 parents')
    expect(anchorQuote(TEXT, anchor)).toEqual({
      status: 'ANCHORED',
      start: anchor.start,
      end: anchor.end,
      method: 'position',
    })
  })

  it('finds the words by exact search after an insertion shifts the offsets', () => {
    const anchor = anchorFor(TEXT, 'At least 545 parents')
    const edited = 'Updated Jan. 15 with comment from the department.\n\n' + TEXT
    const result = anchorQuote(edited, anchor)
    expect(result).toMatchObject({ status: 'ANCHORED', method: 'quote' })
    expect(result).toMatchObject({ start: anchor.start + 51, end: anchor.end + 51 })
    expect(anchoredText(edited, result)).toBe('At least 545 parents')
  })

  it('tells a duplicated quote apart by its context, not by the nearest copy', () => {
    const text =
      'Officials said more than 3,000 children were separated in 2018. ' +
      'Advocates disputed it. Later counts put the figure higher: more than 3,000 children ' +
      'plus hundreds more identified by a court-ordered review.'
    const anchor = anchorFor(text, 'more than 3,000 children', 2)
    const second = anchor.start
    const first = text.indexOf('more than 3,000 children')
    // Shift everything so the old offset now sits right on the first copy.
    const edited = 'x'.repeat(second - first) + text
    const result = anchorQuote(edited, anchor)
    expect(result).toMatchObject({ status: 'ANCHORED', method: 'quote' })
    expect(result).toMatchObject({ start: second + (second - first) })
  })

  it('re-anchors a quote whose typo was later fixed as FUZZY, with a score', () => {
    const typo = TEXT.replace('how complicated', 'how complciated')
    const anchor = anchorFor(typo, 'underestimated how complciated the Trump')
    const result = anchorQuote(TEXT, anchor)
    expect(result.status).toBe('FUZZY')
    expect(anchoredText(TEXT, result)).toBe('underestimated how complicated the Trump')
    expect(result.status === 'FUZZY' && result.score).toBeGreaterThan(0.9)
  })

  it('re-anchors a changed figure as FUZZY, so a reviewer sees it changed', () => {
    const anchor = anchorFor(TEXT, 'At least 545 parents')
    const edited = TEXT.replace('545', '611')
    const result = anchorQuote(edited, anchor)
    expect(result.status).toBe('FUZZY')
    expect(anchoredText(edited, result)).toBe('At least 611 parents')
  })

  it('orphans a quote whose passage was deleted instead of pointing at other text', () => {
    const anchor = anchorFor(TEXT, 'could not be located as of October')
    const edited = [LEDE, FOUND].join('\n\n')
    expect(anchorQuote(edited, anchor)).toEqual({ status: 'ORPHANED' })
  })

  it('follows a short common word that moved with its sentence', () => {
    const anchor = anchorFor(TEXT, 'policy', 2)
    expect(TEXT.slice(anchor.start - 20, anchor.start)).toContain('now-reversed')
    const edited = [FOUND, LEDE, MATTERS].join('\n\n')
    const result = anchorQuote(edited, anchor)
    expect(result).toMatchObject({ status: 'ANCHORED', method: 'quote' })
    if (result.status === 'ORPHANED') throw new Error('expected a match')
    expect(edited.slice(result.start - 13, result.end)).toBe('now-reversed policy')
  })

  it('orphans a short common word whose sentence is gone, despite copies and near misses', () => {
    const anchor = anchorFor(TEXT, 'policy', 2)
    // "policy" survives elsewhere in other sentences, "police" is one edit away: neither is it.
    const edited = [LEDE, 'The police could not say how many parents were found.', FOUND].join('\n\n')
    expect(anchorQuote(edited, anchor)).toEqual({ status: 'ORPHANED' })
  })

  it('does not trust a short quote found at its old offset in new surroundings', () => {
    const anchor = anchorFor(TEXT, '545')
    const edited = TEXT.slice(0, anchor.start) + '545' + 'z'.repeat(TEXT.length - anchor.end)
    const scrambled = 'q'.repeat(anchor.start) + edited.slice(anchor.start)
    expect(anchorQuote(scrambled, anchor)).toEqual({ status: 'ORPHANED' })
  })

  it('accepts a long, lightly edited quote that moved into new surroundings', () => {
    const exact = 'did not fully understand the legal requirements to care for children'
    const anchor = anchorFor(TEXT, exact)
    const moved = `Inspectors wrote that officials ${exact.replace('fully ', '')}, in their view.`
    const result = anchorQuote(moved, anchor)
    expect(result.status).toBe('FUZZY')
    expect(anchoredText(moved, result)).toBe(exact.replace('fully ', ''))
  })

  it('handles curly quotes, em dashes and astral characters in offsets', () => {
    const text = '🇺🇸 Sessions said “zero tolerance” — no exceptions — applied to everyone.'
    const anchor = anchorFor(text, '“zero tolerance” — no exceptions —')
    expect(anchorQuote(text, anchor)).toMatchObject({ status: 'ANCHORED', method: 'position' })
    const edited = text.replace('🇺🇸 ', '')
    const result = anchorQuote(edited, anchor)
    expect(result).toMatchObject({ status: 'ANCHORED', method: 'quote', start: anchor.start - 5 })
    const straight = edited.replace('“zero tolerance”', '"zero tolerance"')
    expect(anchorQuote(straight, anchor).status).toBe('FUZZY')
  })

  it('orphans an empty quote', () => {
    expect(anchorQuote(TEXT, { exact: '', prefix: '', suffix: '', start: 0, end: 0 })).toEqual({
      status: 'ORPHANED',
    })
  })
})

describe('fuzzyErrorBudget', () => {
  it('allows one error per five characters, none for very short quotes, at most 32', () => {
    expect(fuzzyErrorBudget(3)).toBe(0)
    expect(fuzzyErrorBudget(20)).toBe(4)
    expect(fuzzyErrorBudget(1000)).toBe(32)
  })
})
