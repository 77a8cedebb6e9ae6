// Days as the figure reader handles them: ISO strings ("2024-03-31"), computed in UTC.

/** A figure's period: its first and last day, both included, as ISO days. */
export type Period = { start: string; end: string }

const DAY_MS = 86_400_000

export const isoDay = (year: number, month: number, day: number): string =>
  new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)

/** The last day of a month (1-12): 28..31. */
export const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** `day` moved by whole months, kept within the month it lands in. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return isoDay(y, m, Math.min(date, lastDayOf(y, m)))
}

export const yearSpan = (year: number): Period => ({ start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) })
export const monthSpan = (year: number, month: number): Period => ({ start: isoDay(year, month, 1), end: isoDay(year, month, lastDayOf(year, month)) })
export const daySpan = (day: string): Period => ({ start: day, end: day })

/** A US federal fiscal year: FY2019 ran from 1 October 2018 to 30 September 2019. */
export const usFiscalYear = (year: number): Period => ({ start: isoDay(year - 1, 10, 1), end: isoDay(year, 9, 30) })

/** A UK financial year: 2019-20 ran from 1 April 2019 to 31 March 2020. */
export const ukFinancialYear = (firstYear: number): Period => ({ start: isoDay(firstYear, 4, 1), end: isoDay(firstYear + 1, 3, 31) })

/** The same period one year before ("a year earlier"). */
export const yearBefore = (period: Period): Period => ({ start: addMonths(period.start, -12), end: addMonths(period.end, -12) })

/** The source's own day, the reference for "last year" and "in March". */
export type Today = {
  year: number
  month: number
  day: number
  weekday: number
  iso: string
  /** The sentence is about what is to come: a month without a year is the next one, not the last. */
  looksAhead?: boolean
}

export function todayOf(date: Date): Today {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay(), iso: date.toISOString().slice(0, 10) }
}
