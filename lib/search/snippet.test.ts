import { describe, expect, it } from 'vitest'
import { MATCH_END, MATCH_START, parseSnippet } from './snippet'

const m = (text: string) => `${MATCH_START}${text}${MATCH_END}`

describe('parseSnippet', () => {
  it('splits a headline into plain and matched parts', () => {
    expect(parseSnippet(`At least ${m('545')} parents`)).toEqual([
      { text: 'At least ', isMatch: false },
      { text: '545', isMatch: true },
      { text: ' parents', isMatch: false },
    ])
  })

  it('keeps markup from the database as plain text', () => {
    expect(parseSnippet(`<script>alert(1)</script> ${m('<b>')}`)).toEqual([
      { text: '<script>alert(1)</script> ', isMatch: false },
      { text: '<b>', isMatch: true },
    ])
  })

  it('survives stray and unbalanced markers', () => {
    expect(parseSnippet(`a${MATCH_END}b${MATCH_START}c`)).toEqual([
      { text: 'ab', isMatch: false },
      { text: 'c', isMatch: true },
    ])
    expect(parseSnippet('')).toEqual([])
  })
})
