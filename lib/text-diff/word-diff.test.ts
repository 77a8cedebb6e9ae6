import { describe, expect, it } from 'vitest'
import { diffText } from './word-diff'

describe('diffText', () => {
  it('marks the words added and removed, keeping the rest', () => {
    expect(diffText('Mostly true', 'Mostly false')).toEqual([
      { text: 'Mostly ', kind: 'same' },
      { text: 'true', kind: 'removed' },
      { text: 'false', kind: 'added' },
    ])
    expect(diffText('same words', 'same words')).toEqual([{ text: 'same words', kind: 'same' }])
    expect(diffText('', '')).toEqual([])
  })
})
