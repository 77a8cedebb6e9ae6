import { describe, expect, it } from 'vitest'
import { changedParagraphs } from './text-changes'

describe('changedParagraphs', () => {
  it('lists the paragraphs a new version removes and adds, not the ones it keeps', () => {
    const before = 'First paragraph.\nThe parents of 545 children were not found.\nLast paragraph.\n'
    const after = 'First paragraph.\nThe parents of 611 children were not found.\nLast paragraph.\nA new closing line.\n'
    expect(changedParagraphs(before, after).changes).toEqual([
      { kind: 'removed', text: 'The parents of 545 children were not found.' },
      { kind: 'added', text: 'The parents of 611 children were not found.' },
      { kind: 'added', text: 'A new closing line.' },
    ])
  })

  it('stops at the limit and counts the rest', () => {
    const after = Array.from({ length: 10 }, (_, i) => `Line ${i}`).join('\n')
    expect(changedParagraphs('', after, 3)).toEqual({ changes: expect.any(Array), more: 7 })
    expect(changedParagraphs('same', 'same')).toEqual({ changes: [], more: 0 })
  })
})
