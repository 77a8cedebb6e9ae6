import { describe, expect, it } from 'vitest'

import { findFigures } from './find-figures'

/** Figures as [text, qualifier, value, unit] plus the check that offsets point at the phrase. */
function summary(text: string) {
  return findFigures(text).map((f) => {
    expect(text.slice(f.start, f.end)).toBe(f.text)
    return [f.text, f.qualifier, f.value, f.unit] as const
  })
}

describe('findFigures over whole sentences', () => {
  it('finds every count in a sentence with correct offsets', () => {
    const text =
      'In June, CBP referred 11,086 new cases to the Justice Department for federal prosecution ' +
      'along the border with Mexico, the highest number ever. That was up from 9,216 in May and ' +
      '6,368 in March.'
    const figures = findFigures(text)
    expect(figures.map((f) => [f.text, f.start, f.end])).toEqual([
      ['11,086 new cases', 22, 38],
      ['9,216', text.indexOf('9,216'), text.indexOf('9,216') + 5],
      ['6,368', text.indexOf('6,368'), text.indexOf('6,368') + 5],
    ])
    expect(figures.map((f) => f.unit)).toEqual(['cases', null, null])
  })

  it('reads a change "from X to Y" as two figures, not a range, counting what the sentence counts', () => {
    expect(summary('Referrals rose from 6,368 to 11,086.')).toEqual([
      ['6,368', 'EXACT', 6368, 'referrals'],
      ['11,086', 'EXACT', 11086, 'referrals'],
    ])
  })

  it('finds qualified figures and ranges among other words', () => {
    const text =
      'But prosecutions took three to seven days, U.S. attorneys had reported, and federal law ' +
      'requires separated children to be placed with the Department of Health and Human ' +
      'Services’ Office of Refugee Resettlement within 72 hours.'
    expect(summary(text)).toEqual([
      ['three to seven days', 'RANGE', 5, 'days'],
      ['within 72 hours', 'AT_MOST', 72, 'hours'],
    ])
  })
})

describe('findFigures skips what is not a figure', () => {
  it.each([
    'On April 6, 2018, then Attorney General Jeff Sessions announced the policy.',
    'Jan 14, 2021 - Politics & Policy',
    'Sessions told U.S. attorneys in a May 2018 call that he supported prosecutions.',
    'fewer people with drug-trafficking violations than in any month since at least 2001.',
    'the number they had in 2016, on 6 April, on Jan. 14 and on 4/6/2018 at 9:30',
  ])('dates and years: %s', (text) => {
    expect(findFigures(text)).toEqual([])
  })

  it.each([
    'Drug prosecutions under 21 USC 846, a statute generally enforced by CBP',
    'Though these “improper entry” cases (known as 1325 cases, for their place in the U.S. Code)',
    'attorneys were assigned to the hundreds of new 1325 case prosecutions.',
    'under Section 1325 and 8 U.S.C. 1326, see page 12 and No. 5',
  ])('statutes and code names: %s', (text) => {
    expect(findFigures(text)).toEqual([])
  })

  it.each([
    'COVID-19 and I-95 in the 21st century, unlike the 1980s, version 1.2.3',
    'Go deeper59 here',
    'from one another; One impetus for the policy change was a caravan.',
    'the “zero tolerance” policy and the zero-tolerance crackdown',
  ])('identifiers, pronouns and words: %s', (text) => {
    expect(findFigures(text)).toEqual([])
  })

  it('keeps the percent but not the years in "surged 130 percent from 2017 to 2018"', () => {
    const text = '1325 case prosecutions surged 130 percent from 2017 to 2018'
    expect(findFigures(text)).toEqual([
      {
        qualifier: 'EXACT', value: 130, low: 130, high: 130, unit: 'percent', direction: 'increase',
        text: '130 percent', start: 30, end: 41,
        period: { start: '2017-01-01', end: '2018-12-31', words: 'from 2017 to 2018' },
      },
    ])
  })

  it('keeps money and percents written with four bare digits', () => {
    expect(summary('a $1500 fine and a 1200% rise')).toEqual([
      ['$1500', 'EXACT', 1500, 'USD'],
      ['1200%', 'EXACT', 1200, 'percent'],
    ])
  })
})
