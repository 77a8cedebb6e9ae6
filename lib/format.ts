const DAY = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** A calendar date, e.g. "January 14, 2021". Dates are stored at midnight UTC. */
export function formatDay(date: Date): string {
  return DAY.format(date)
}

/** YYYY-MM-DD, for <time dateTime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

const MOMENT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })

/** A moment for the workspace and the audit log, e.g. "Nov 23, 2026, 14:05 UTC". */
export function formatMoment(date: Date): string {
  return `${MOMENT.format(date)} UTC`
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const MONTH_NAME = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' })
const SHORT_MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })

/** A month, e.g. "October 2020". */
export const formatMonth = (date: Date | number): string => MONTH.format(date)

/** A month's name alone, e.g. "March" (of "March to June 2018"). */
export const formatMonthName = (date: Date | number): string => MONTH_NAME.format(date)

/** A month for a chart's axis, e.g. "Oct 2020". */
export const formatShortMonth = (date: Date | number): string => SHORT_MONTH.format(date)

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** A figure's number, e.g. "3,600" or "1.25": at most two decimals, and never "-0". */
export function formatNumber(n: number): string {
  const text = NUMBER.format(n)
  return /^-0(\.0+)?$/.test(text) ? '0' : text
}


const DECIMAL = new Intl.NumberFormat('en-US')

/** A stored value to at most three decimals, e.g. "1,234.125": the workspace's plain list of a claim's figures. */
export const formatDecimal = (n: number): string => DECIMAL.format(n)

const KILOBYTES = new Intl.NumberFormat('en-US', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 })
const MEGABYTES = new Intl.NumberFormat('en-US', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })

/** A file's size, e.g. "812 bytes", "12.3 kB", "4.5 MB" (1 kB = 1,000 bytes, as browsers show downloads). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${DECIMAL.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`
  return bytes < 1_000_000 ? KILOBYTES.format(bytes / 1000) : MEGABYTES.format(bytes / 1_000_000)
}

const LIST = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' })

/** Items in a sentence, e.g. "March 2, 2026 and May 1, 2026". */
export const formatList = (items: string[]): string => LIST.format(items)

const ALTERNATIVES = new Intl.ListFormat('en-US', { style: 'long', type: 'disjunction' })

/** Alternatives in a sentence, e.g. "separated or separate". */
export const formatAlternatives = (items: string[]): string => ALTERNATIVES.format(items)
