// A figure's date or period in words, the one way every page, sentence and screen says it.
import { formatDay, formatMonth, formatMonthName } from '../format'

const isFirstOfMonth = (date: Date) => date.getUTCDate() === 1
const isLastOfMonth = (date: Date) => new Date(date.getTime() + 86_400_000).getUTCDate() === 1

/** "October 2020", "March to June 2018", "2018", "January 14, 2021"; null when undated. */
export function formatPeriod(start: Date | null, end: Date | null): string | null {
  const from = start ?? end
  const to = end ?? start
  if (from === null || to === null) return null
  if (!isFirstOfMonth(from) || !isLastOfMonth(to)) {
    return from.getTime() === to.getTime() ? formatDay(from) : `${formatDay(from)} to ${formatDay(to)}`
  }
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear()
  if (sameYear && from.getUTCMonth() === to.getUTCMonth()) return formatMonth(from)
  if (sameYear && from.getUTCMonth() === 0 && to.getUTCMonth() === 11) return String(from.getUTCFullYear())
  return sameYear ? `${formatMonthName(from)} to ${formatMonth(to)}` : `${formatMonth(from)} to ${formatMonth(to)}`
}
