const DAY = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** A calendar date, e.g. "January 14, 2021". Dates are stored at midnight UTC. */
export function formatDay(date: Date): string {
  return DAY.format(date)
}

/** YYYY-MM-DD, for <time dateTime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
