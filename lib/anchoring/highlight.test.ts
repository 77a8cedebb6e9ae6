import { describe, expect, it } from 'vitest'
import { splitHighlights } from './highlight'

describe('splitHighlights', () => {
  it('returns the whole text as one plain run when nothing is highlighted', () => {
    expect(splitHighlights('abc', [])).toEqual([{ text: 'abc', ids: [], startIds: [] }])
  })

  it('splits around one range and keeps every character', () => {
    const runs = splitHighlights('The 545 parents', [{ id: 'q', start: 4, end: 7 }])
    expect(runs.map((r) => r.text)).toEqual(['The ', '545', ' parents'])
    expect(runs[1]).toEqual({ text: '545', ids: ['q'], startIds: ['q'] })
  })

  it('handles overlapping ranges, marking where each begins', () => {
    const runs = splitHighlights('abcdef', [
      { id: 'a', start: 0, end: 4 },
      { id: 'b', start: 2, end: 6 },
    ])
    expect(runs).toEqual([
      { text: 'ab', ids: ['a'], startIds: ['a'] },
      { text: 'cd', ids: ['a', 'b'], startIds: ['b'] },
      { text: 'ef', ids: ['b'], startIds: [] },
    ])
  })

  it('ignores ranges outside the text', () => {
    expect(splitHighlights('abc', [{ id: 'x', start: 2, end: 9 }])).toEqual([{ text: 'abc', ids: [], startIds: [] }])
  })
})
