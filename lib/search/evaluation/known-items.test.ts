// The known-item queries (issue 17's relevance benchmark) cover every published seed claim, several
// phrasings each, and none is the claim's text: a benchmark that searched for the text itself
// would measure nothing.
import { describe, expect, it } from 'vitest'
import { corpus } from '../../../prisma/seed/corpus'
import knownItems from './known-items.json'

const published = corpus.claims.filter((claim) => claim.verdict?.status === 'PUBLISHED')
const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

describe('the known-item queries', () => {
  it('have at least three phrasings for every published seed claim, and only for those', () => {
    expect(Object.keys(knownItems.claims).sort()).toEqual(published.map((claim) => claim.slug).sort())
    for (const queries of Object.values(knownItems.claims)) expect(queries.length).toBeGreaterThanOrEqual(3)
  })

  it('never copy the claim text in full', () => {
    for (const claim of published) {
      for (const { q } of knownItems.claims[claim.slug as keyof typeof knownItems.claims]) expect(normal(claim.text)).not.toBe(normal(q))
    }
  })
})
