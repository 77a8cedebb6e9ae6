import { describe, expect, it } from 'vitest'
import { numberSpellings, otherSpelling } from './number-spellings'

describe('number spellings', () => {
  it('gives a number of four digits or more its other spelling, with or without thousands separators', () => {
    expect(otherSpelling('3000')).toBe('3,000')
    expect(otherSpelling('11086')).toBe('11,086')
    expect(otherSpelling('1000000')).toBe('1,000,000')
    expect(otherSpelling('6,368')).toBe('6368')
    expect(otherSpelling('1,000,000')).toBe('1000000')
  })

  it('leaves short numbers, numbers with a leading zero, decimals and words alone', () => {
    for (const word of ['545', '79', '0123', '3,00', '1.5', 'children', '2,0000']) expect(otherSpelling(word), word).toBeNull()
  })

  it('reads the numbers of a query once each, whatever surrounds them', () => {
    expect(numberSpellings('more than 3000 children, (6,368) referrals; 3000 again and 545')).toEqual([
      { typed: '3000', other: '3,000' },
      { typed: '6,368', other: '6368' },
    ])
    expect(numberSpellings('"11,086," referrals')).toEqual([{ typed: '11,086', other: '11086' }])
  })
})
