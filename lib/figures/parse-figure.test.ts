import { describe, expect, it } from 'vitest'

import { findFigures, parseFigure } from './find-figures'

function parsed(phrase: string) {
  const figure = parseFigure(phrase)
  if (figure === null) throw new Error(`no figure in "${phrase}"`)
  return figure
}

describe('parseFigure: qualifiers', () => {
  it('reads a lower bound', () => {
    expect(parseFigure('at least 545 parents')).toEqual({
      qualifier: 'AT_LEAST', value: 545, low: 545, high: null, unit: 'parents', direction: null,
      text: 'at least 545 parents', start: 0, end: 20, period: null,
    })
    expect(parsed('no fewer than 20 agents')).toMatchObject({ qualifier: 'AT_LEAST', low: 20 })
    expect(parsed('545 or more parents')).toMatchObject({ qualifier: 'AT_LEAST', low: 545, unit: 'parents' })
  })

  it('reads an exclusive lower bound', () => {
    expect(parsed('more than 3,000 children')).toMatchObject({
      qualifier: 'MORE_THAN', value: 3000, low: 3000, high: null, unit: 'children',
    })
    expect(parsed('over 100 attorneys')).toMatchObject({ qualifier: 'MORE_THAN', low: 100 })
    expect(parsed('above 70,000')).toMatchObject({ qualifier: 'MORE_THAN', low: 70000, unit: null })
  })

  it.each(['fewer than 10 days', 'less than 10 days', 'under 10 days', 'below 10 days'])(
    'reads an exclusive upper bound: %s',
    (phrase) => {
      expect(parsed(phrase)).toMatchObject({ qualifier: 'FEWER_THAN', value: 10, low: null, high: 10, unit: 'days' })
    },
  )

  it.each(['at most 72 hours', 'no more than 72 hours', 'up to 72 hours'])(
    'reads an inclusive upper bound: %s',
    (phrase) => {
      expect(parsed(phrase)).toMatchObject({ qualifier: 'AT_MOST', value: 72, low: null, high: 72, unit: 'hours' })
    },
  )

  it.each(['about', 'around', 'roughly', 'approximately'])('reads "%s" as ±5%%', (word) => {
    expect(parsed(`${word} 70,000 deaths`)).toMatchObject({
      qualifier: 'ABOUT', value: 70000, low: 66500, high: 73500, unit: 'deaths',
    })
  })

  it.each(['nearly', 'almost'])('reads "%s" as just under: [0.9x, x]', (word) => {
    expect(parsed(`${word} 60 percent`)).toMatchObject({
      qualifier: 'ABOUT', value: 60, low: 54, high: 60, unit: 'percent',
    })
  })

  it('keeps bounds free of floating point noise', () => {
    expect(parsed('about 545 parents')).toMatchObject({ low: 517.75, high: 572.25 })
  })
})

describe('parseFigure: ranges', () => {
  it.each(['three to seven days', '3-7 days', '3–7 days', '3 to 7 days', 'between 3 and 7 days'])(
    'reads %s',
    (phrase) => {
      expect(parsed(phrase)).toMatchObject({
        qualifier: 'RANGE', value: 5, low: 3, high: 7, unit: 'days', text: phrase,
      })
    },
  )

  it('applies a scale or percent written once to both ends', () => {
    expect(parsed('2 to 3 million people')).toMatchObject({ low: 2e6, high: 3e6, unit: 'people' })
    expect(parsed('5% to 10%')).toMatchObject({ low: 5, high: 10, unit: 'percent' })
    expect(parsed('two or three weeks')).toMatchObject({ qualifier: 'RANGE', low: 2, high: 3 })
  })
})

describe('parseFigure: money with a short scale', () => {
  it.each([
    ['£2.4m', 2.4e6, 'GBP'],
    ['$4.1bn', 4.1e9, 'USD'],
    ['€30k', 30e3, 'EUR'],
    ['$1.2tn', 1.2e12, 'USD'],
  ])('reads %s', (phrase, value, unit) => {
    expect(parsed(phrase)).toMatchObject({ qualifier: 'EXACT', value, unit, text: phrase })
  })

  it('reads the short scale only on money, and only touching its digits', () => {
    expect(parseFigure('a 400m final')).toBeNull()
    expect(parsed('more than £85m')).toMatchObject({ qualifier: 'MORE_THAN', value: 85e6, unit: 'GBP' })
  })
})

describe('parseFigure: numbers and units', () => {
  it('reads a plain count with its unit', () => {
    expect(parsed('72 hours')).toMatchObject({ qualifier: 'EXACT', value: 72, low: 72, high: 72, unit: 'hours' })
    expect(parsed('a 72-hour deadline')).toMatchObject({ value: 72, unit: 'hour', text: '72-hour' })
  })

  it.each(['79 percent', '79%', '79 per cent'])('reads %s as percent', (phrase) => {
    expect(parsed(phrase)).toMatchObject({ value: 79, unit: 'percent', text: phrase })
  })

  it('reads separators, decimals, scales and money', () => {
    expect(parsed('1,030')).toMatchObject({ value: 1030, unit: null })
    expect(parsed('2.3 million people')).toMatchObject({ value: 2_300_000, unit: 'people' })
    expect(parsed('$500,000')).toMatchObject({ value: 500_000, unit: 'USD', text: '$500,000' })
    expect(parsed('$1.2 billion')).toMatchObject({ value: 1.2e9, unit: 'USD' })
    expect(parsed('40 dollars')).toMatchObject({ value: 40, unit: 'USD' })
  })

  it.each([
    ['one hundred days', 100],
    ['seventy-five days', 75],
    ['twenty one days', 21],
    ['ninety-nine days', 99],
    ['a thousand days', 1000],
    ['three thousand days', 3000],
    ['two thousand five hundred days', 2500],
    ['three hundred and five days', 305],
    ['a dozen days', 12],
    ['nineteen days', 19],
  ])('reads number words: %s', (phrase, value) => {
    expect(parsed(phrase)).toMatchObject({ value, unit: 'days', text: phrase })
  })

  it('reads fractions with unit "fraction"', () => {
    expect(parsed('a third of the staff')).toMatchObject({ value: 1 / 3, unit: 'fraction', text: 'a third' })
    expect(parsed('half the staff')).toMatchObject({ value: 0.5, unit: 'fraction', text: 'half' })
    expect(parsed('two-thirds of cases')).toMatchObject({ value: 2 / 3, unit: 'fraction' })
    expect(parsed('three quarters')).toMatchObject({ value: 0.75, unit: 'fraction' })
    expect(parsed('less than half the staff')).toMatchObject({
      qualifier: 'FEWER_THAN', high: 0.5, unit: 'fraction', text: 'less than half',
    })
  })

  it('takes the noun after the number, skipping adjectives like "new" and "separated"', () => {
    expect(parsed('11,086 new cases')).toMatchObject({ unit: 'cases', text: '11,086 new cases' })
    expect(parsed('611 separated children')).toMatchObject({ unit: 'children' })
    expect(parsed('3,000 immigrant children from')).toMatchObject({ unit: 'children' })
    expect(parsed('9,216 in May')).toMatchObject({ unit: null, text: '9,216' })
  })

  it('marks the direction of a percent change, keeping the magnitude positive', () => {
    expect(parsed('declined by 35 percent')).toMatchObject({ value: 35, direction: 'decrease', text: '35 percent' })
    expect(parsed('spiked by 79 percent')).toMatchObject({ value: 79, direction: 'increase' })
    expect(parsed('a 35 percent drop')).toMatchObject({ direction: 'decrease' })
    expect(parsed('just 6 percent of prosecutions')).toMatchObject({ direction: null })
    expect(parsed('rose to 11,086 cases')).toMatchObject({ direction: null })
  })

  it('reads "one" only when it is clearly a count', () => {
    expect(parseFigure('one another')).toBeNull()
    expect(parsed('at least one child')).toMatchObject({ qualifier: 'AT_LEAST', value: 1, unit: 'child' })
    expect(parsed('one to three days')).toMatchObject({ qualifier: 'RANGE', low: 1, high: 3 })
  })

  it('returns null when there is no figure', () => {
    expect(parseFigure('the report')).toBeNull()
    expect(parseFigure('2018')).toBeNull()
    expect(parseFigure('zero tolerance')).toBeNull()
    expect(parseFigure('')).toBeNull()
  })
})

describe('parseFigure: what news writing says of bounds, ratios and multiples', () => {
  it('reads "within", "longer than", "shorter than" and a qualifier after the unit', () => {
    expect(parsed('within 72 hours')).toMatchObject({ qualifier: 'AT_MOST', low: null, high: 72, unit: 'hours' })
    expect(parsed('longer than 180 days')).toMatchObject({ qualifier: 'MORE_THAN', low: 180, high: null, unit: 'days' })
    expect(parsed('shorter than six months')).toMatchObject({ qualifier: 'FEWER_THAN', high: 6, unit: 'months' })
    expect(parsed('waited 18 weeks or more')).toMatchObject({ qualifier: 'AT_LEAST', low: 18, unit: 'weeks', text: '18 weeks or more' })
    expect(parsed('close to £100,000')).toMatchObject({ qualifier: 'ABOUT', low: 90000, high: 100000 })
  })

  it('reads ratios as fractions', () => {
    expect(parsed('one in five children')).toMatchObject({ qualifier: 'EXACT', value: 0.2, unit: 'fraction', text: 'one in five' })
    expect(parsed('Three out of 10 nurses')).toMatchObject({ value: 0.3, unit: 'fraction' })
    expect(parsed('roughly 1 in 10')).toMatchObject({ qualifier: 'ABOUT', value: 0.1, low: 0.095, high: 0.105 })
    expect(parseFigure('one in 2019')).toBeNull()
  })

  it('reads multiples as a number of times', () => {
    expect(parsed('burglaries doubled')).toMatchObject({ value: 2, unit: 'times', text: 'doubled' })
    expect(parsed('a fourfold rise')).toMatchObject({ value: 4, unit: 'times' })
    expect(parsed('the rate halved')).toMatchObject({ value: 0.5, unit: 'times' })
    expect(parsed('more than double the figure')).toMatchObject({ qualifier: 'MORE_THAN', value: 2, unit: 'times' })
    expect(parsed('twice as likely')).toMatchObject({ value: 2, unit: 'times' })
    expect(parseFigure('a double murder')).toBeNull()
  })

  it('reads a change to a level as two figures, and a span "from … to" as a range', () => {
    expect(findFigures('rose 0.1 percentage point to 14.0 percent').map((f) => [f.text, f.qualifier])).toEqual([['0.1 percentage point', 'EXACT'], ['14.0 percent', 'EXACT']])
    expect(findFigures('Revenue rose 12% to $4.1bn').map((f) => [f.text, f.unit])).toEqual([['12%', 'percent'], ['$4.1bn', 'USD']])
    expect(findFigures('Leave won by 51.9% to 48.1%').map((f) => f.qualifier)).toEqual(['EXACT', 'EXACT'])
    expect(findFigures('cases rose from 6,368 to 11,086').map((f) => f.value)).toEqual([6368, 11086])
    expect(parsed('fines ranging from $45 to $320')).toMatchObject({ qualifier: 'RANGE', low: 45, high: 320 })
  })

  it('reads other dollars and Indian scales', () => {
    expect(parsed('A$2.6 billion')).toMatchObject({ value: 2.6e9, unit: 'AUD' })
    expect(parsed('₹15,000 crore')).toMatchObject({ value: 1.5e11, unit: 'INR' })
  })
})

describe('findFigures: a unit named elsewhere in the sentence', () => {
  it('takes the noun of a neighbouring figure, or the noun the sentence counts', () => {
    const units = (text: string) => findFigures(text).map((f) => [f.text, f.unit])
    expect(units('The agency found 1,000 children, and 120 of them were reunited.')).toEqual([['1,000 children', 'children'], ['120', 'children']])
    expect(units('The council closed 12, four and three libraries.')).toEqual([['12', 'libraries'], ['four', 'libraries'], ['three libraries', 'libraries']])
    expect(units('Homicides in the city fell to 253 last year.')).toEqual([['253', 'homicides']])
    expect(units('The number of patients in hospital fell to 13,481.')).toEqual([['13,481', 'patients']])
    expect(units('Officials said 2,400 were missing. Then 300 more.')).toEqual([['2,400', null], ['300', null]])
  })
})
