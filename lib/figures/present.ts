// How a quantity page words its figures: periods, sources, values. Pure, so it is unit-tested.
import { figureInterval, formatInterval, normalisedInterval, type DescribedFigure, type Dimension, type Interval } from './compare'
import { toComparable, type COMPARED_FIELDS } from './comparable'
import type { Prisma } from '../generated/prisma/client'
import { formatPeriod } from './period-words'

/** The middle of a figure's period, for placing it on a time axis; null when undated. */
export function periodMidpoint(start: Date | null, end: Date | null): number | null {
  const from = (start ?? end)?.getTime()
  const to = (end ?? start)?.getTime()
  return from === undefined || to === undefined ? null : (from + to) / 2
}

/** What the summary sentences call a source: its publisher, else its title. */
export function sourceName(source: { title: string; publisher: string | null }): string {
  return source.publisher ?? source.title
}

type FigureRow = Prisma.FigureGetPayload<{ select: typeof COMPARED_FIELDS }> & {
  periodLabel: string | null
  quote: { snapshot: { source: { title: string; publisher: string | null } } }
}

/** A figure as the comparison module describes it; the period reads as dates when it has them. */
export function describedFigure(row: FigureRow): DescribedFigure {
  const { periodLabel, quote, ...compared } = row
  return {
    ...toComparable(compared),
    sourceName: sourceName(quote.snapshot.source),
    periodLabel: formatPeriod(row.periodStart, row.periodEnd) ?? periodLabel,
  }
}

export type PlottedFigure = DescribedFigure & {
  words: string
  dimension: Dimension
  interval: Interval
  midpoint: number | null
  href: string
  rank: 'PREFERRED' | 'NORMAL' | 'DEPRECATED'
}

/** A figure ready for the chart: its interval in the dimension's base unit and a link to its passage. */
export function plottedFigure(
  figure: DescribedFigure,
  quantityUnit: string,
  extra: Pick<PlottedFigure, 'href' | 'rank'>,
): PlottedFigure {
  const { dimension, interval } = normalisedInterval(figure, quantityUnit)
  const words = formatInterval(figureInterval(figure), figure.unit)
  return { ...figure, ...extra, words, dimension, interval, midpoint: periodMidpoint(figure.periodStart, figure.periodEnd) }
}
