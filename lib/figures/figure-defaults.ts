// What the figure form starts with for a passage: the first figure lib/figures finds in it, in
// the form the knowledge base stores (a percent change is signed, as the seeded figures are), and
// the date or period the passage names. The reviewer checks and corrects every field.
import { parseFigure, type FigurePeriod, type ParsedFigure } from '.'
import { findPeriods } from './periods'

export type FigureDefaults = {
  qualifier: ParsedFigure['qualifier']
  value: string
  low: string
  high: string
  unit: string
  periodStart: string
  periodEnd: string
  periodLabel: string
}

/** The first period a passage names, for a passage whose figure did not come with one. */
function firstPeriod(passage: string, publishedOn: Date | null): FigurePeriod | null {
  const mention = findPeriods(passage, publishedOn).find((m) => m.period !== null)
  return mention?.period ? { ...mention.period, words: mention.words } : null
}

function number(value: number | null): string {
  return value === null ? '' : String(Number(value.toFixed(6)))
}

/** The figure as the knowledge base stores it: a stated decrease is a negative percent change. */
export function storedForm(figure: ParsedFigure): Pick<FigureDefaults, 'qualifier' | 'value' | 'low' | 'high' | 'unit'> {
  const isChange = figure.unit === 'percent' && figure.direction !== null
  const sign = isChange && figure.direction === 'decrease' ? -1 : 1
  const low = sign === 1 ? figure.low : figure.high === null ? null : -figure.high
  const high = sign === 1 ? figure.high : figure.low === null ? null : -figure.low
  return {
    qualifier: figure.qualifier,
    value: number(sign * figure.value),
    low: number(low),
    high: number(high),
    unit: isChange ? 'percent change' : (figure.unit ?? ''),
  }
}

/** Form defaults for a passage, or for a figure the importer already parsed (a suggestion). */
export function figureDefaults(passage: string, publishedOn: Date | null, parsed?: ParsedFigure | null): FigureDefaults {
  const figure = parsed ?? parseFigure(passage, { publishedOn })
  // Suggestions stored before the reader read periods have none: read them from the passage.
  const period = figure?.period ?? firstPeriod(passage, publishedOn)
  const stated = figure ? storedForm(figure) : { qualifier: 'EXACT' as const, value: '', low: '', high: '', unit: '' }
  return { ...stated, periodStart: period?.start ?? '', periodEnd: period?.end ?? '', periodLabel: period?.words ?? '' }
}
