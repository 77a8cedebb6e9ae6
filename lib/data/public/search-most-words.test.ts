import { describe, expect, it } from 'vitest'
import { subsets, typedWords } from './search-most-words'

describe('most of the words', () => {
  it('reads the words as typed, once each, and none from a query using search syntax', () => {
    expect(typedWords('CBP referrals, grew from March to june.')).toEqual(['CBP', 'referrals', 'grew', 'from', 'March', 'to', 'june'])
    expect(typedWords('3,000 Children children')).toEqual(['3,000', 'Children'])
    for (const q of ['"zero tolerance" children', 'children -border parents', 'children or parents border']) expect(typedWords(q), q).toEqual([])
  })

  it('drops one word, and two from a query of four to six', () => {
    expect(subsets(3, 1)).toEqual([[1, 2], [0, 2], [0, 1]])
    expect(subsets(3, 2)).toEqual([])
    expect(subsets(4, 2)).toEqual([[2, 3], [1, 3], [1, 2], [0, 3], [0, 2], [0, 1]])
    expect(subsets(6, 2)).toHaveLength(15)
    expect(subsets(7, 1)).toHaveLength(7)
    expect(subsets(7, 2)).toEqual([])
  })
})
