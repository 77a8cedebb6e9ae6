const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/

/**
 * The calendar date (YYYY-MM-DD) at the start of an ISO 8601 timestamp, or undefined. The date is
 * taken as written, not converted to UTC: "2018-06-20T22:30:00-05:00" was published on June 20
 * where it was published, and that is the date the source itself gives.
 */
export function toPublishedOn(value: string | null | undefined): string | undefined {
  const match = ISO_DATE.exec(value?.trim() ?? '')
  if (match === null) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  // Date.UTC rolls "2021-02-30" over to March 2; a date that rolls over was never a date.
  const utc = new Date(Date.UTC(year, month - 1, day))
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day ? match[0] : undefined
}
