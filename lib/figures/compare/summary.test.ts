import { describe, expect, it } from 'vitest'

import { relateFigures } from './relate'
import { describeRelation, summariseQuantity, SUMMARY_SENTENCES, type DescribedFigure, type SummaryCounts } from './summary'

function month(year: number, monthNumber: number) {
  return { periodStart: new Date(Date.UTC(year, monthNumber - 1, 1)), periodEnd: new Date(Date.UTC(year, monthNumber, 0)) }
}

function fig(id: string, fields: Partial<DescribedFigure>): DescribedFigure {
  return {
    id, qualifier: 'EXACT', value: null, low: null, high: null, unit: 'children',
    periodStart: null, periodEnd: null, sourceName: 'Source', periodLabel: null, ...fields,
  }
}

/** Every pair related once, as the quantity page would load them for a small quantity. */
function allRelations(figures: DescribedFigure[], quantityUnit?: string) {
  return figures.flatMap((a, i) =>
    figures.slice(i + 1).map((b) => ({ ...relateFigures(a, b, quantityUnit), aId: a.id, bId: b.id })))
}

/** The counts the page reads in SQL, here of the relations given. */
function countsOf(relations: ReturnType<typeof allRelations>): SummaryCounts {
  const of = (kind: string) => relations.filter((relation) => relation.kind === kind).length
  return { consistent: of('CONSISTENT'), update: of('UPDATE'), conflict: of('CONFLICT'), comparable: relations.filter((relation) => relation.isComparable).length }
}

/** The summary of a small quantity: every relation given, counted as given. */
function summariseAll(figures: DescribedFigure[], quantityUnit?: string) {
  const relations = allRelations(figures, quantityUnit)
  return summariseQuantity(figures, relations, countsOf(relations), quantityUnit)
}

const aclu = fig('aclu', {
  qualifier: 'AT_LEAST', value: 545, low: 545, unit: 'parents', ...month(2020, 10),
  sourceName: 'ACLU', periodLabel: 'as of October 2020',
})
const nbc = fig('nbc', { value: 611, ...month(2021, 1), sourceName: 'NBC News', periodLabel: 'January 2021' })
const times = fig('times', { value: 700, ...month(2021, 1), sourceName: 'The Times', periodLabel: 'January 2021' })
const ap = fig('ap', { qualifier: 'MORE_THAN', value: 3000, low: 3000, sourceName: 'AP' })
const reuters = fig('reuters', { qualifier: 'MORE_THAN', value: 3000, low: 3000, sourceName: 'Reuters' })
const march = fig('march', { value: 6368, unit: 'cases referred', ...month(2018, 3), sourceName: 'CBP', periodLabel: 'March 2018' })
const may = fig('may', { value: 9216, unit: 'cases referred', ...month(2018, 5), sourceName: 'CBP', periodLabel: 'May 2018' })
const june = fig('june', { value: 9000, unit: 'cases referred', ...month(2018, 6), sourceName: 'DHS' })

const explain = (a: DescribedFigure, b: DescribedFigure, quantityUnit?: string) =>
  describeRelation(relateFigures(a, b, quantityUnit), a, b, quantityUnit)

describe('describeRelation', () => {
  it('explains a later figure counted differently', () => {
    expect(explain(aclu, nbc, 'parents')).toBe(
      'In January 2021 (NBC News), 611 children, a later figure; it counts children, not parents, so the values are not compared.')
  })

  it('names the other figure when the two agree or conflict', () => {
    expect(explain(ap, reuters)).toBe(
      'Undated (Reuters), more than 3,000 children, consistent with more than 3,000 children (AP, undated).')
    expect(explain(nbc, times)).toBe(
      'In January 2021 (The Times), 700 children, in conflict with 611 children (NBC News, January 2021) for the same period.')
  })

  it('says which way a later figure went, or an earlier one was followed', () => {
    expect(explain(march, may)).toBe(
      'In May 2018 (CBP), 9,216 cases referred, a later figure than 6,368 cases referred (CBP, March 2018); the figure rose.')
    expect(explain(june, march)).toBe(
      'In March 2018 (CBP), 6,368 cases referred, an earlier figure than 9,000 cases referred (DHS, June 2018); the figure later rose.')
  })

  it('reads a label that starts with a preposition as it is, and falls back to the stored days', () => {
    expect(explain(nbc, aclu, 'parents')).toMatch(/^As of October 2020 \(ACLU\), at least 545 parents, an earlier figure;/)
    expect(explain(may, june)).toMatch(/^In June 2018 \(DHS\), 9,000 cases referred/)
  })

  it('explains figures of one period that are not compared', () => {
    const share = fig('share', { value: 40, unit: 'percent share', sourceName: 'Pew' })
    const rise = fig('rise', { value: 79, unit: 'percent', sourceName: 'AP' })
    expect(explain(rise, share, 'percent change')).toBe(
      'Undated (Pew), 40 percent share; it is a percent share, not a percent change, so it is not compared with 79 percent (AP, undated).')
  })
})

describe('summariseQuantity', () => {
  it('says so when there are no figures', () => {
    expect(summariseQuantity([], [], { consistent: 0, update: 0, conflict: 0, comparable: 0 }, 'parents')).toEqual(['No figures have been recorded for this quantity yet.'])
  })

  it('counts figures and sources, and names agreements, later figures and conflicts', () => {
    const figures = [aclu, nbc, times, ap, reuters]
    const sentences = summariseAll(figures, 'parents')
    expect(sentences.slice(0, 4)).toEqual([
      '5 figures from 5 sources (ACLU, NBC News, The Times, AP and Reuters).',
      'They are stated in 2 different ways (parents and children), which are not compared with each other.',
      'More than 3,000 children (AP, undated) and more than 3,000 children (Reuters, undated) agree.',
      '611 children (NBC News, January 2021) is later than at least 545 parents (ACLU, as of October 2020) but counts children, not parents, so the two are not compared.',
    ])
    expect(sentences).toContain('611 children (NBC News, January 2021) and 700 children (The Times, January 2021) conflict.')
    expect(sentences).not.toContain('None of the figures conflict.')
  })

  it('tells a series of updates step by step', () => {
    const figures = [march, may, june]
    expect(summariseAll(figures, 'cases referred')).toEqual([
      '3 figures from 2 sources (CBP and DHS).',
      '9,216 cases referred (CBP, May 2018) updates 6,368 cases referred (CBP, March 2018); the figure rose.',
      '9,000 cases referred (DHS, June 2018) updates 9,216 cases referred (CBP, May 2018); the figure fell.',
      'None of the figures conflict.',
    ])
  })

  it('lists agreeing pairs one by one when not all of a group agree', () => {
    const low = fig('low', { qualifier: 'RANGE', low: 1, high: 5, sourceName: 'A' })
    const middle = fig('middle', { qualifier: 'RANGE', low: 4, high: 8, sourceName: 'B' })
    const high = fig('high', { qualifier: 'RANGE', low: 7, high: 9, sourceName: 'C' })
    const sentences = summariseAll([low, middle, high])
    expect(sentences).toEqual([
      '3 figures from 3 sources (A, B and C).',
      '1 to 5 children (A, undated) agrees with 4 to 8 children (B, undated).',
      '4 to 8 children (B, undated) agrees with 7 to 9 children (C, undated).',
      '1 to 5 children (A, undated) and 7 to 9 children (C, undated) conflict.',
    ])
  })

  it('ignores relations to figures it was not given', () => {
    const relation = { ...relateFigures(march, may), aId: 'march', bId: 'gone' }
    expect(summariseQuantity([march], [relation], { consistent: 0, update: 0, conflict: 0, comparable: 0 })).toEqual(['1 figure from 1 source (CBP).'])
  })

  it('counts what a bounded selection of a large quantity leaves out', () => {
    const series = Array.from({ length: 14 }, (_, i) => fig(`m${i}`, { value: 100 + i, ...month(2019, i + 1), sourceName: `S${i % 3}` }))
    const steps = series.slice(1).map((later, i) => ({ ...relateFigures(series[i]!, later), aId: series[i]!.id, bId: later.id }))
    const clash = fig('clash', { value: 999, ...month(2019, 1), sourceName: 'Other' })
    const conflict = { ...relateFigures(series[0]!, clash), aId: series[0]!.id, bId: clash.id }
    const counts = { consistent: 300, update: 91, conflict: 40, comparable: 431 }
    const sentences = summariseQuantity([...series, clash], [...steps, conflict], counts)
    expect(sentences).toContain('300 pairs of figures agree.')
    expect(sentences.filter((sentence) => sentence.includes(' updates '))).toHaveLength(SUMMARY_SENTENCES)
    // 13 steps given, 10 told; 91 - 13 updates not given.
    expect(sentences).toContain(`${13 - SUMMARY_SENTENCES + 91 - 13} more later figures update earlier ones.`)
    expect(sentences).toContain('100 children (S0, January 2019) and 999 children (Other, January 2019) conflict.')
    expect(sentences).toContain('39 more pairs of figures conflict.')
    expect(sentences).not.toContain('None of the figures conflict.')
  })
})
