import { describe, expect, it } from 'vitest'
import { KNOWN_ITEM_QUERIES, rankOf, relevance, relevanceByKind } from './relevance'

describe('known-item relevance', () => {
  it('ranks a claim by its place in the results, and misses one not there', () => {
    expect(rankOf(['a', 'b', 'c'], 'b')).toBe(2)
    expect(rankOf(['a', 'b', 'c'], 'z')).toBeNull()
  })

  it('gives recall at 1 and 10 and the mean reciprocal rank', () => {
    const ranked = [
      { slug: 'a', kind: 'words', q: 'x', rank: 1 },
      { slug: 'b', kind: 'words', q: 'y', rank: 4 },
      { slug: 'c', kind: 'typo', q: 'z', rank: null },
      { slug: 'd', kind: 'typo', q: 'w', rank: 12 },
    ]
    expect(relevance(ranked)).toEqual({ queries: 4, recallAt1: 0.25, recallAt10: 0.5, meanReciprocalRank: (1 + 0.25 + 0 + 1 / 12) / 4 })
    expect(relevanceByKind(ranked).map(([kind, figures]) => [kind, figures.queries])).toEqual([['typo', 2], ['words', 2]])
  })

  it('reads every hand-written query with the claim it should find', () => {
    expect(KNOWN_ITEM_QUERIES.length).toBeGreaterThanOrEqual(3 * 17)
    expect(KNOWN_ITEM_QUERIES).toContainEqual({ slug: 'more-than-3000-children-separated-under-zero-tolerance', kind: 'number', q: '3000 children separated' })
  })
})
