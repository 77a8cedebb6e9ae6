import { describe, expect, it } from 'vitest'
import { findFigures } from '../figures'
import { distinctFigures } from './distinct-figures'

describe('distinctFigures', () => {
  it('keeps the first of two statements of one reading, and figures that differ in any field', () => {
    const text = 'The agency separated 611 children in 2018. Of the 611 children, 545 parents were not found. In 2019 it separated 611 children.'
    const kept = distinctFigures(findFigures(text))
    expect(kept.map((f) => [f.text, f.start, f.period?.words ?? null])).toEqual([
      ['611 children', 21, 'in 2018'],
      ['545 parents', 64, null],
      ['611 children', 113, 'In 2019'],
    ])
  })
})
