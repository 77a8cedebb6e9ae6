import { describe, expect, it } from 'vitest'
import { formatPeriod } from './period-words'
import { periodMidpoint } from './present'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('formatPeriod', () => {
  it('names a whole month, a run of months, a whole year', () => {
    expect(formatPeriod(day('2020-10-01'), day('2020-10-31'))).toBe('October 2020')
    expect(formatPeriod(day('2018-03-01'), day('2018-06-30'))).toBe('March to June 2018')
    expect(formatPeriod(day('2017-10-01'), day('2018-09-30'))).toBe('October 2017 to September 2018')
    expect(formatPeriod(day('2018-01-01'), day('2018-12-31'))).toBe('2018')
  })

  it('names days when the period is not whole months, and nothing when undated', () => {
    expect(formatPeriod(day('2021-01-13'), day('2021-01-13'))).toBe('January 13, 2021')
    expect(formatPeriod(day('2021-01-13'), null)).toBe('January 13, 2021')
    expect(formatPeriod(day('2018-02-28'), day('2018-03-31'))).toBe('February 28, 2018 to March 31, 2018')
    expect(formatPeriod(null, null)).toBeNull()
  })
})

describe('periodMidpoint', () => {
  it('is the middle of the period, or its one date, or null', () => {
    expect(periodMidpoint(day('2020-10-01'), day('2020-10-31'))).toBe(day('2020-10-16').getTime())
    expect(periodMidpoint(null, day('2020-10-31'))).toBe(day('2020-10-31').getTime())
    expect(periodMidpoint(null, null)).toBeNull()
  })
})
