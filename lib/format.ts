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
