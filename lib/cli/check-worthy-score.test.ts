import { describe, expect, it } from 'vitest'
import { pickSpans, precisionAt, recallOfPicks, scoreArticle, type LabelledArticle } from './check-worthy-score'

const text = 'One claim here. Some colour. Another claim. A third claim. Boilerplate.'
const article: LabelledArticle = {
  id: 'a',
  origin: 'written',
  kind: 'news',
  title: 'A',
  text,
  picks: ['One claim here.', 'Another claim.', 'A third claim.'],
}
const at = (sentence: string) => ({ start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length })

describe('scoring a ranking against the picks', () => {
  it('finds each pick in the text, and refuses one that is not there', () => {
    expect(pickSpans(article)).toEqual([at('One claim here.'), at('Another claim.'), at('A third claim.')])
    expect(() => pickSpans({ ...article, picks: ['Not in it.'] })).toThrow(/not in the text/)
  })

  it('counts picks among the first 5 and 10 offered, and the picks offered anywhere', () => {
    const ranked = [at('Some colour.'), at('Another claim.'), at('Boilerplate.'), at('One claim here.')]
    expect(scoreArticle(article, ranked, 5)).toEqual({
      id: 'a',
      sentences: 5,
      offered: 4,
      picks: 3,
      hitsAtFive: 2,
      hitsAtTen: 2,
      picksOffered: 2,
    })
  })

  it('takes a sentence split a little differently for its pick, but not a mere neighbour', () => {
    const longer = { start: at('Another claim.').start, end: at('A third claim.').start + 2 }
    const overlapping = { start: at('Some colour.').start, end: at('Another claim.').start + 3 }
    expect(scoreArticle(article, [longer, overlapping], 5)).toMatchObject({ hitsAtFive: 1, picksOffered: 1 })
  })

  it('averages over all places: fewer than k offered is no excuse', () => {
    const scores = [scoreArticle(article, [at('One claim here.')], 5), scoreArticle(article, [at('Another claim.'), at('A third claim.')], 5)]
    expect(precisionAt(5, scores)).toBeCloseTo(3 / 10)
    expect(precisionAt(10, scores)).toBeCloseTo(3 / 20)
    expect(recallOfPicks(scores)).toBeCloseTo(3 / 6)
  })
})
