import { describe, expect, it } from 'vitest'
import { findPeriods } from './periods'

const on = (iso: string) => new Date(`${iso}T00:00:00Z`)
/** The one period `text` names: [words, first day, last day], or its role when it has no days. */
function periodIn(text: string, publishedOn: Date | null = null) {
  const mentions = findPeriods(text, publishedOn)
  expect(mentions).toHaveLength(1)
  const [mention] = mentions
  return mention!.period ? [mention!.words, mention!.period.start, mention!.period.end] : mention!.role
}

describe('findPeriods: dates', () => {
  it('reads a day, a month and a year in their common spellings', () => {
    expect(periodIn('announced on April 6, 2018 in a memo')).toEqual(['on April 6, 2018', '2018-04-06', '2018-04-06'])
    expect(periodIn('as of 30 September 2024')).toEqual(['as of 30 September 2024', '2024-09-30', '2024-09-30'])
    expect(periodIn('fell to 2.3% in April 2024')).toEqual(['in April 2024', '2024-04-01', '2024-04-30'])
    expect(periodIn('606,000 in 2022')).toEqual(['in 2022', '2022-01-01', '2022-12-31'])
  })

  it('reads a month without a year as the latest such month up to the source date', () => {
    expect(periodIn('11,086 new cases in June', on('2018-07-20'))).toEqual(['in June', '2018-06-01', '2018-06-30'])
    expect(periodIn('could not be located as of October', on('2021-01-14'))).toEqual(['as of October', '2020-10-01', '2020-10-31'])
    expect(findPeriods('as of October', null)).toEqual([])
  })

  it('does not take "may" the verb, a month inside a word, or a number after a month', () => {
    expect(findPeriods('the Marches and junes', null)).toEqual([])
    expect(findPeriods('prosecutors may decline', null)).toEqual([])
    expect(periodIn('prosecutors may decline 9,216 cases in May', on('2018-07-01'))).toEqual(['in May', '2018-05-01', '2018-05-31'])
    expect(periodIn('In March 4,000 people left', on('2020-06-01'))).toEqual(['In March', '2020-03-01', '2020-03-31'])
  })
})

describe('findPeriods: spans', () => {
  it('reads spans between two dates, the end giving the start its year', () => {
    expect(periodIn('between January and June', on('2019-07-10'))).toEqual(['between January and June', '2019-01-01', '2019-06-30'])
    expect(periodIn('between November 2015 and January 2017')).toEqual(['between November 2015 and January 2017', '2015-11-01', '2017-01-31'])
    expect(periodIn('from 2010 to 2015')).toEqual(['from 2010 to 2015', '2010-01-01', '2015-12-31'])
    expect(periodIn('between fiscal years 2019 and 2022')).toEqual(['between fiscal years 2019 and 2022', '2018-10-01', '2022-09-30'])
  })

  it('reads a span ending at a date: the year, months or week to it', () => {
    expect(periodIn('in the year to December 2023')).toEqual(['the year to December 2023', '2023-01-01', '2023-12-31'])
    expect(periodIn('the year ending March 2023')).toEqual(['the year ending March 2023', '2022-04-01', '2023-03-31'])
    expect(periodIn('in the 12 months to June 2023')).toEqual(['the 12 months to June 2023', '2022-07-01', '2023-06-30'])
    expect(periodIn('the three months to September', on('2024-02-15'))).toEqual(['the three months to September', '2023-07-01', '2023-09-30'])
    expect(periodIn('in the week to 11 December', on('2021-12-17'))).toEqual(['the week to 11 December', '2021-12-05', '2021-12-11'])
  })

  it('reads quarters, halves and the first months of a year', () => {
    expect(periodIn('in the fourth quarter of 2023')).toEqual(['the fourth quarter of 2023', '2023-10-01', '2023-12-31'])
    expect(periodIn('in the third quarter', on('2024-10-24'))).toEqual(['the third quarter', '2024-07-01', '2024-09-30'])
    expect(periodIn('in Q1 2024')).toEqual(['Q1 2024', '2024-01-01', '2024-03-31'])
    expect(periodIn('in the first half of this year', on('2023-07-12'))).toEqual(['the first half of this year', '2023-01-01', '2023-06-30'])
    expect(periodIn('in the first six months of 2019')).toEqual(['the first six months of 2019', '2019-01-01', '2019-06-30'])
  })

  it('reads US fiscal years and UK financial years', () => {
    expect(periodIn('in fiscal year 2018')).toEqual(['fiscal year 2018', '2017-10-01', '2018-09-30'])
    expect(periodIn('down from 2.5 million in FY2023')).toEqual(['FY2023', '2022-10-01', '2023-09-30'])
    expect(periodIn('spent £1.74bn in 2022-23')).toEqual(['2022-23', '2022-04-01', '2023-03-31'])
    expect(periodIn('recorded in 2019/20')).toEqual(['2019/20', '2019-04-01', '2020-03-31'])
    expect(periodIn('fell by 6% between 2011-12 and 2016-17')).toEqual(['between 2011-12 and 2016-17', '2011-04-01', '2017-03-31'])
    expect(periodIn('took nine months in the second quarter of fiscal year 2021')).toEqual(['the second quarter of fiscal year 2021', '2021-01-01', '2021-03-31'])
  })

  it('keeps the ends of a span, for the levels a change runs between', () => {
    expect(findPeriods('rose 40% between 2016 and 2020, to 12,000', null)[0]).toMatchObject({
      first: { start: '2016-01-01', end: '2016-12-31' },
      last: { start: '2020-01-01', end: '2020-12-31' },
    })
    expect(findPeriods('in the year to August 2021', null)[0]).toMatchObject({ last: { start: '2021-08-01', end: '2021-08-31' } })
  })

  it('does not read "2020–2021" as the year 2021', () => {
    expect(findPeriods('the 2020–2021 flu season', null)).toEqual([])
  })

  it('reads the last day of a period a stock is counted at', () => {
    expect(periodIn('at the end of March 2024')).toEqual(['at the end of March 2024', '2024-03-31', '2024-03-31'])
    expect(periodIn('at the end of the fourth quarter of 2022')).toEqual(['at the end of the fourth quarter of 2022', '2022-12-31', '2022-12-31'])
    expect(periodIn('At yearend 2019, authorities held')).toEqual(['At yearend 2019', '2019-12-31', '2019-12-31'])
    expect(periodIn('to triple capacity by 2030')).toEqual(['by 2030', '2030-01-01', '2030-12-31'])
  })
})

describe('findPeriods: relative to the source date', () => {
  const published = on('2024-01-10') // a Wednesday

  it('resolves last year, this year, last month and days of the week', () => {
    expect(periodIn('crossed the Channel last year', published)).toEqual(['last year', '2023-01-01', '2023-12-31'])
    expect(periodIn('expects more this year', published)).toEqual(['this year', '2024-01-01', '2024-12-31'])
    expect(periodIn('fell below $1.04 last month', published)).toEqual(['last month', '2023-12-01', '2023-12-31'])
    expect(periodIn('devalued the yuan on Tuesday', published)).toEqual(['on Tuesday', '2024-01-09', '2024-01-09'])
  })

  it('puts the months of a sentence about what is to come ahead of the source date', () => {
    expect(periodIn('Bills will rise by 20% between April and June', on('2023-01-20'))).toEqual(['between April and June', '2023-04-01', '2023-06-30'])
    expect(periodIn('Bills will rise by 20% in March', on('2023-08-20'))).toEqual(['in March', '2024-03-01', '2024-03-31'])
    expect(periodIn('Bills rose by 20% in March', on('2023-08-20'))).toEqual(['in March', '2023-03-01', '2023-03-31'])
  })

  it('passes over the day a report was made', () => {
    expect(findPeriods('profits rose 4%, the bank said on Tuesday', published)).toEqual([])
    expect(periodIn('profits rose 4% on Tuesday', published)).toEqual(['on Tuesday', '2024-01-09', '2024-01-09'])
  })

  it('marks a deadline ahead of the source date', () => {
    expect(findPeriods('to plant 3 billion trees by 2035', published)[0]).toMatchObject({ words: 'by 2035', isAhead: true })
    expect(findPeriods('had planted 3 billion trees by 2020', published)[0]).not.toHaveProperty('isAhead')
  })

  it('leaves relative periods unresolved without a source date', () => {
    expect(findPeriods('crossed the Channel last year', null)[0]).toMatchObject({ words: 'last year', period: null })
  })

  it('reads "since" up to the source date, and marks vague and earlier periods', () => {
    expect(findPeriods('crime has fallen by a third since 2019', on('2024-02-12'))[0]).toMatchObject({ role: 'since', period: { start: '2019-01-01', end: '2024-02-12' } })
    expect(periodIn('a peak of 175,000 in mid-2023')).toBe('vague')
    expect(periodIn('up from 1.19 million a year earlier')).toBe('earlier')
    expect(findPeriods('against 310 in the same period of 2016', null)[0]).toMatchObject({ role: 'earlier', year: 2016 })
    expect(periodIn('Over the same period, wages fell')).toBe('same')
  })
})
