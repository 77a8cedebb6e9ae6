import { describe, expect, it } from 'vitest'
import { findFigures } from './find-figures'

/** Each figure's words and period as "start..end", or null when undated. */
function periodsIn(text: string, publishedOn: string) {
  return findFigures(text, { publishedOn: new Date(`${publishedOn}T00:00:00Z`) }).map((f) => [f.text, f.period && `${f.period.start}..${f.period.end}`])
}

describe('periodsOfFigures: changes', () => {
  it('dates a change by its own period, not the one it is compared with', () => {
    expect(periodsIn('Exports reached £41bn in 2021, up 6% on 2020.', '2022-02-01')).toEqual([
      ['£41bn', '2021-01-01..2021-12-31'],
      ['6%', '2021-01-01..2021-12-31'],
    ])
    expect(periodsIn('The service answered 81,000 calls in fiscal year 2020, 12% more than in FY2019.', '2021-01-15')).toEqual([
      ['81,000 calls', '2019-10-01..2020-09-30'],
      ['12%', '2019-10-01..2020-09-30'],
    ])
    expect(periodsIn('The turnout was 41% in the last election, up 3 percentage points on 2017.', '2020-01-15')).toEqual([
      ['41%', null],
      ['3 percentage points', null],
    ])
  })

  it('spans the levels a change with no period of its own runs between', () => {
    expect(periodsIn('Approval slid from 61% in May to 48% this month, a fall of 13 percentage points.', '2021-09-20').at(-1)).toEqual(['13 percentage points', '2021-05-01..2021-09-30'])
    expect(periodsIn('Recorded thefts rose more than fivefold, from 210 in 2014 to 1,150 in 2022.', '2023-05-01')).toEqual([
      ['more than fivefold', '2014-01-01..2022-12-31'],
      ['210', '2014-01-01..2014-12-31'],
      ['1,150', '2022-01-01..2022-12-31'],
    ])
  })

  it('gives a level at the end of a span that end', () => {
    expect(periodsIn('Membership grew threefold between 2012 and 2019, to 48,000.', '2020-03-01')).toEqual([
      ['threefold', '2012-01-01..2019-12-31'],
      ['48,000', '2019-01-01..2019-12-31'],
    ])
    expect(periodsIn('Rents rose 7% in the year to May, to an average of £1,250.', '2024-06-20')[1]).toEqual(['£1,250', '2024-05-01..2024-05-31'])
    expect(periodsIn('Claims rose 12% in the year to May, to 40,200.', '2024-06-20')[1]).toEqual(['40,200', '2023-06-01..2024-05-31'])
  })

  it('ends a change "since" a year at the period of the level it reached', () => {
    expect(periodsIn('Admissions have doubled since 2015, to 3,400 in 2023.', '2024-02-01')[0]).toEqual(['doubled', '2015-01-01..2023-12-31'])
  })
})

describe('periodsOfFigures: what takes no period', () => {
  it('leaves a threshold duration and a target undated', () => {
    expect(periodsIn('In May, 3,100 patients waited more than 24 hours for a bed, against the 4,000 target.', '2024-06-10')).toEqual([
      ['3,100 patients', '2024-05-01..2024-05-31'],
      ['more than 24 hours', null],
      ['4,000 target', null],
    ])
    expect(periodsIn('Inflation rose to 3.1% in June, above the 2% target.', '2024-07-17')[1]).toEqual(['2%', null])
  })

  it('dates by a deadline ahead only the figure it follows', () => {
    expect(periodsIn('Some 40 cities agreed to triple their cycle lanes by 2035.', '2024-05-01')).toEqual([
      ['Some 40 cities', null],
      ['triple', '2035-01-01..2035-12-31'],
    ])
  })

  it('passes over the day a report was made', () => {
    expect(periodsIn('Sales rose 5% in the second quarter, the company said on Monday.', '2024-07-24')[0]).toEqual(['5%', '2024-04-01..2024-06-30'])
  })
})

describe('periodsOfFigures: across sentences', () => {
  it('carries a period into "the same period" and "Of these"', () => {
    expect(periodsIn('Between January and March, 5,200 homes were sold. Over the same period, prices fell by 2 percent.', '2024-04-15')[1]).toEqual(['2 percent', '2024-01-01..2024-03-31'])
    expect(periodsIn('In 2023, inspectors visited 420 farms. Of these, 31 failed.', '2024-04-15')[1]).toEqual(['31 failed', '2023-01-01..2023-12-31'])
  })

  it('does not carry a period into the next sentence otherwise', () => {
    expect(periodsIn('In 2023, inspectors visited 420 farms. Some 31 failed.', '2024-04-15')[1]).toEqual(['Some 31 failed', null])
  })

  it('shifts "the same period in" a year back to that year', () => {
    expect(periodsIn('From April to June, the line carried 2.1 million people, against 1.7 million in the same period in 2019.', '2022-07-20')[1]).toEqual(['1.7 million', '2019-04-01..2019-06-30'])
  })
})
