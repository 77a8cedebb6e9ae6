// What the figure form starts with for a passage: the first figure lib/figures finds in it, in
// the form the knowledge base stores (a percent change is signed, as the seeded figures are), and
// the date or period the passage names. The reviewer checks and corrects every field.
import { parseFigure, type ParsedFigure } from '.'

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

export type Period = { start: string; end: string; label: string }

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH_PATTERN = new RegExp(
  String.raw`\b(?:(as of|in|by|during|since|through|until|from|between)\s+)?(${MONTHS.join('|')})(?:\s+(\d{1,2})(?!\d))?(?:,?\s+((?:19|20)\d{2}))?\b`,
  'gi',
)
const YEAR_PATTERN = /\b(?:(in|during|since|by|through)\s+)?(?:(fiscal year|fiscal|FY)\s*)?((?:19|20)\d{2})\b/i

const pad = (n: number) => String(n).padStart(2, '0')
const day = (year: number, month: number, date: number) => `${year}-${pad(month)}-${pad(date)}`
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * The first month or year the passage names, as its first and last day plus the words used. A
 * month without a year is read in the year of `publishedOn`, or the year before when that month
 * had not yet come ("as of October" in an article of January 2021 is October 2020).
 */
export function findPeriod(passage: string, publishedOn: Date | null): Period | null {
  // "May" alone is usually the verb; it counts as a month only with a preposition, day or year.
  const month = [...passage.matchAll(MONTH_PATTERN)].find((m) => m[2]!.toLowerCase() !== 'may' || m[1] || m[3] || m[4])
  if (month) {
    const index = MONTHS.indexOf(month[2]!.toLowerCase()) + 1
    let year = month[4] ? Number(month[4]) : publishedOn?.getUTCFullYear()
    if (year === undefined) return null
    if (!month[4] && publishedOn && index > publishedOn.getUTCMonth() + 1) year -= 1
    const date = month[3] ? Number(month[3]) : null
    const isDay = date !== null && date >= 1 && date <= lastDay(year, index)
    return {
      start: day(year, index, isDay ? date : 1),
      end: day(year, index, isDay ? date : lastDay(year, index)),
      label: month[0].trim(),
    }
  }
  const year = YEAR_PATTERN.exec(passage)
  // A bare US fiscal year runs October to September.
  if (year?.[2]) {
    const y = Number(year[3])
    return { start: day(y - 1, 10, 1), end: day(y, 9, 30), label: year[0].trim() }
  }
  if (year) return { start: day(Number(year[3]), 1, 1), end: day(Number(year[3]), 12, 31), label: year[0].trim() }
  return null
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
  const figure = parsed ?? parseFigure(passage)
  const period = findPeriod(passage, publishedOn)
  const stated = figure ? storedForm(figure) : { qualifier: 'EXACT' as const, value: '', low: '', high: '', unit: '' }
  return { ...stated, periodStart: period?.start ?? '', periodEnd: period?.end ?? '', periodLabel: period?.label ?? '' }
}
