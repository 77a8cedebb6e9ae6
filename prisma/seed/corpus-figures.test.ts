// The figure parser and the hand-entered corpus must agree: every seeded figure's passage parses
// to the same qualifier and interval. The corpus states decreases as negative changes and "half"
// as 50 percent; the parser reports a direction and a fraction, so those are normalised here.
// And every seeded figure passes the check a reviewer's figure passes (lib/figures/agreement.ts):
// it states what its words say, or the corpus gives the reason it is derived from them.
import { describe, expect, it } from 'vitest'
import { parseFigure, type ParsedFigure } from '../../lib/figures'
import { figureDisagreement, figureWordsProblem } from '../../lib/figures/agreement'
import { corpus } from './corpus'

function normalise(parsed: ParsedFigure, seedUnit: string) {
  const sign = parsed.direction === 'decrease' ? -1 : 1
  const scale = parsed.unit === 'fraction' && seedUnit.includes('percent') ? 100 : 1
  const convert = (n: number | null) => (n === null ? null : Math.round(n * sign * scale * 1e6) / 1e6)
  const [low, high] = sign < 0 ? [convert(parsed.high), convert(parsed.low)] : [convert(parsed.low), convert(parsed.high)]
  return { qualifier: parsed.qualifier, value: convert(parsed.value), low, high }
}

describe('seeded figures', () => {
  const figures = corpus.claims.flatMap((claim) => claim.figures.map((figure) => ({ claim: claim.slug, figure })))

  it.each(figures)('$claim: "$figure.passage.exact" parses as entered', ({ figure }) => {
    const parsed = parseFigure(figure.passage.exact)
    expect(parsed).not.toBeNull()
    expect(normalise(parsed!, figure.unit)).toEqual({ qualifier: figure.qualifier, value: figure.value, low: figure.low, high: figure.high })
  })

  it.each(figures)('$claim: "$figure.passage.exact" agrees with its words, or says how it is derived', ({ figure }) => {
    expect(figureWordsProblem(figure, figure.passage.exact)).toBeNull()
  })

  it('gives a reason only where the figure differs from the plain reading of its words', () => {
    const derived = figures.filter(({ figure }) => figure.derivation !== undefined)
    expect(derived.map(({ figure }) => figure.passage.exact)).toEqual(['less than half the staff it had in 2016'])
    for (const { figure } of derived) expect(figureDisagreement(figure.passage.exact, figure)).not.toBeNull()
  })
})
