// The dates and periods a text names, each with its words and its first and last day: "in 2022",
// "the year to March 2023", "the third quarter", "fiscal year 2024", "2022-23", "last month",
// "as of 30 September 2024", "between January and June". Relative ones ("last year", "in March")
// are resolved against the source's own date, and left unresolved without one.
import {
  addDays, addMonths, daySpan, isoDay, lastDayOf, monthSpan, todayOf, ukFinancialYear, usFiscalYear, yearSpan,
  type Period, type Today,
} from './calendar'

/**
 * How a mention dates the figures near it. `period`: it is their period. `since`: from then to the
 * source's date ("since 2019"). `earlier`: the period of the sentence a year back ("a year
 * earlier"; "the same period in 2017": back to that year). `same`: the period last named, even in an
 * earlier sentence ("During the same period"). `vague`: it names a time no day can pin down
 * ("mid-2023"), so a figure next to it is undated.
 */
export type PeriodRole = 'period' | 'since' | 'earlier' | 'same' | 'vague'

export type PeriodMention = {
  start: number
  end: number
  words: string
  role: PeriodRole
  period: Period | null
  /** A span's first and last parts: "between 2010 and 2023" → 2010 and 2023; "the year to February" → February last. */
  first?: Period | null
  last?: Period | null
  /** `earlier` to a named year: "the same period in 2017". */
  year?: number
  /** A deadline after the source's date ("by 2030"): it dates only the figure it follows. */
  isAhead?: boolean
}

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, eighteen: 18, twenty: 20, 'twenty-four': 24, 'thirty-six': 36,
}
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

// Months are capitalised, so "may" the verb and "march" the walk are not read as months.
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`
// A day is not the start of a bigger number: "March 4,000 people" has no day.
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?![\d,.]?\d)`
const YEAR = String.raw`(?:19|20)\d{2}(?![\d%]|[,.]\d|[-–/]\d)`
/** A day, a month or a year: "30 September 2024", "June 30, 2021", "April 2022", "June", "2022". */
const DATE = String.raw`(?:${DAY} ${MONTH}(?:,? ${YEAR})?|${MONTH} ${DAY}(?:,? ${YEAR})?|${MONTH},? ${YEAR}|${MONTH}|(?<![\d$£€.,]|\d[-–/])${YEAR})`
const COUNT = String.raw`(?:\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`
const QUARTER = String.raw`(?:(?:the )?(?:(first|second|third|fourth|final|last|1st|2nd|3rd|4th) quarter|Q([1-4])|Quarter ([1-4])(?: \([^)]{0,20}\))?)(?:,? (?:of (?:the )?(?:(?:financial |fiscal )?year )?)?(${YEAR}))?)`
/** A UK financial year: "2022-23", "2019/20". */
const FINANCIAL_YEAR = String.raw`(?<![\d$£€.,])(?:19|20)\d{2}[-–/]\d{2}\b(?![-–/]\d)`

type DateParts = { year: number | null; month: number | null; day: number | null }

function dateParts(words: string): DateParts {
  const year = /(?:19|20)\d{2}/.exec(words.replace(/^\d{1,2}(?:st|nd|rd|th)? (?=\p{L})/u, ''))
  const month = new RegExp(MONTH).exec(words)
  const day = month ? /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?(?=[\s,]|$)/.exec(words.replace(/(?:19|20)\d{2}/, '')) : null
  return {
    year: year ? Number(year[0]) : null,
    month: month ? MONTH_NUMBERS[month[0].replace('.', '').toLowerCase()]! : null,
    day: day ? Number(day[1]) : null,
  }
}

/**
 * The year a month without one is in: the latest such month not after the source's date, or the
 * next one from it when the sentence looks ahead ("will rise … between October and December").
 */
function yearOfMonth(month: number, today: Today | null): number | null {
  if (today === null) return null
  if (today.looksAhead) return month < today.month ? today.year + 1 : today.year
  return month > today.month ? today.year - 1 : today.year
}

/** The span of a date's words; `yearHint` supplies a missing year (the other end of a span). */
function dateSpan(words: string, today: Today | null, yearHint: number | null = null): Period | null {
  const parts = dateParts(words)
  if (parts.month === null) return parts.year === null ? null : yearSpan(parts.year)
  const year = parts.year ?? yearHint ?? yearOfMonth(parts.month, today)
  if (year === null) return null
  if (parts.day !== null && parts.day >= 1 && parts.day <= lastDayOf(year, parts.month)) return daySpan(isoDay(year, parts.month, parts.day))
  return monthSpan(year, parts.month)
}

function quarterSpan(match: RegExpExecArray, today: Today | null, at = 1): Period | null {
  const [ordinal, q, quarterNumber, yearWords] = [match[at], match[at + 1], match[at + 2], match[at + 3]]
  const isLast = ordinal === 'last' && yearWords === undefined
  let quarter = ordinal === 'final' || ordinal === 'last' ? 4 : ORDINALS[ordinal ?? ''] ?? Number(q ?? quarterNumber)
  let year = yearWords ? Number(yearWords) : today?.year ?? null
  if (year === null || today === null && yearWords === undefined) return null
  if (isLast && today) {
    // "last quarter": the one before the quarter the source is dated in.
    quarter = Math.ceil(today.month / 3) - 1
    if (quarter === 0) [quarter, year] = [4, year - 1]
  } else if (!yearWords && today && (quarter - 1) * 3 + 1 > today.month) {
    year -= 1
  }
  // A US fiscal year's first quarter is October to December of the year before; a UK financial
  // year's is April to June.
  const shift = /\bfiscal year\b/i.test(match[0]) ? -3 : /\bfinancial year\b/i.test(match[0]) ? 3 : 0
  const start = addMonths(isoDay(year, (quarter - 1) * 3 + 1, 1), shift)
  return { start, end: addDays(addMonths(start, 3), -1) }
}

/** "the year to March 2023", "the 12 months ending June", "the week to 11 December". */
function spanEndingAt(length: string, unit: string, endWords: string, today: Today | null): Omit<PeriodMention, 'start' | 'end' | 'words'> | null {
  const last = dateSpan(endWords, today)
  if (last === null) return null
  const end = last.end
  const count = length === '' ? 1 : Number(length) || COUNT_WORDS[length.toLowerCase()] || 1
  if (unit.startsWith('week')) return { role: 'period', period: { start: addDays(end, 1 - 7 * count), end }, last }
  const months = unit.startsWith('quarter') ? 3 * count : unit.startsWith('year') ? 12 * count : count
  return { role: 'period', period: { start: addMonths(addDays(end, 1), -months), end }, last }
}

/** One end of a span: a date, or a UK financial year ("between 2009-10 and 2019-20"). */
function spanEnd(words: string, today: Today | null, yearHint: number | null = null): Period | null {
  const financial = /^((?:19|20)\d{2})[-–/](\d{2})$/.exec(words)
  if (financial) return (Number(financial[1]) + 1) % 100 === Number(financial[2]) ? ukFinancialYear(Number(financial[1])) : null
  return dateSpan(words, today, yearHint)
}

/** The two ends of "between April and June 2019": the first end takes the last's year. */
function spanEnds(firstWords: string, lastWords: string, today: Today | null): [Period | null, Period | null] {
  const last = spanEnd(lastWords, today)
  if (last === null) return [null, null]
  const lastYear = Number(last.end.slice(0, 4))
  const firstMonth = dateParts(firstWords).month
  const lastMonth = dateParts(lastWords).month
  const hint = firstMonth !== null && lastMonth !== null && firstMonth > lastMonth ? lastYear - 1 : lastYear
  return [spanEnd(firstWords, today, hint), last]
}

type Reader = { pattern: RegExp; read: (match: RegExpExecArray, today: Today | null) => Omit<PeriodMention, 'start' | 'end' | 'words'> | null }

const period = (value: Period | null) => (value === null ? null : { role: 'period' as const, period: value })
// Without the source's date a relative period is still one, undated: the figure beside it is not dated by another.
const relative = (today: Today | null, at: (today: Today) => Period) => ({ role: 'period' as const, period: today === null ? null : at(today) })

/** Most specific first: at one place the first reader that matches wins, then the longest. */
const READERS: Reader[] = [
  // "between January and June 2019", "from 2010 to 2015", "between fiscal years 2019 and 2022".
  {
    pattern: new RegExp(String.raw`\b(?:[Bb]etween|[Ff]rom|[Ff]or) (?:(?:the )?(fiscal|tax|calendar) years? )?(${FINANCIAL_YEAR}|${DATE}) (?:and|to|through|until|till|[-–]) (${FINANCIAL_YEAR}|${DATE})\b`, 'g'),
    read: (m, today) => {
      const [first, last] = m[1] === 'fiscal' ? [usFiscalYear(Number(m[2])), usFiscalYear(Number(m[3]))] : spanEnds(m[2]!, m[3]!, today)
      return first === null || last === null || first.start > last.end ? null : { role: 'period', period: { start: first.start, end: last.end }, first, last }
    },
  },
  // "the year to December 2023", "the three months to September", "the 12 months ending June 2023".
  {
    pattern: new RegExp(String.raw`\b(?:[Tt]he )?(?:(${COUNT}) )?(years?|months|weeks?|quarters?)(?: period)? (?:to|ending|ended|up to|through|until) (?:the end of )?(${DATE})`, 'g'),
    read: (m, today) => (m[1] === undefined && m[2] === 'months' ? null : spanEndingAt(m[1] ?? '', m[2]!, m[3]!, today)),
  },
  // "at the end of the fourth quarter of 2022", "by the end of March": the last day.
  {
    pattern: new RegExp(String.raw`\b(?:(?:[Aa]t|[Bb]y) the (?:end|close) of|(?:[Aa]t |[Bb]y )?(?:[Yy]ear-?end|end-)) ?(?:${QUARTER}|(${DATE})|(the|this|last) year)`, 'g'),
    read: (m, today) => {
      const span = m[5] !== undefined ? dateSpan(m[5], today) : m[6] !== undefined ? (today ? yearSpan(m[6] === 'last' ? today.year - 1 : today.year) : null) : quarterSpan(m, today)
      return span === null ? null : period(daySpan(span.end))
    },
  },
  { pattern: new RegExp(QUARTER, 'g'), read: (m, today) => period(quarterSpan(m, today)) },
  // "the first half of 2019", "the first six months of 2019", "the first week of December".
  {
    pattern: new RegExp(String.raw`\b(?:[Tt]he )?(first|second) half(?: of (?:(${YEAR})|(this|last) year))?`, 'g'),
    read: (m, today) => {
      const year = m[2] ? Number(m[2]) : m[3] === 'last' ? today && today.year - 1 : today?.year
      if (year === null) return null
      if (year === undefined) return null
      return period(m[1] === 'first' ? { start: isoDay(year, 1, 1), end: isoDay(year, 6, 30) } : { start: isoDay(year, 7, 1), end: isoDay(year, 12, 31) })
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:[Tt]he )?first (${COUNT}) months of (${YEAR})`, 'g'),
    read: (m) => {
      const months = Number(m[1]) || COUNT_WORDS[m[1]!.toLowerCase()] || 0
      return months < 1 || months > 12 ? null : period({ start: isoDay(Number(m[2]), 1, 1), end: monthSpan(Number(m[2]), months).end })
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:[Tt]he )?(first|second|third|fourth) week of (${MONTH}(?:,? ${YEAR})?)`, 'g'),
    read: (m, today) => {
      const month = dateSpan(m[2]!, today)
      if (month === null) return null
      const start = addDays(month.start, 7 * ((ORDINALS[m[1]!] ?? 1) - 1))
      return period({ start, end: addDays(start, 6) })
    },
  },
  // US fiscal years: "fiscal year 2024", "FY2023", "FY 2021", "fiscal 2019".
  {
    pattern: new RegExp(String.raw`\b(?:[Ff]iscal (?:[Yy]ear )?|FY ?)(${YEAR}|\d{2}\b)`, 'g'),
    read: (m) => period(usFiscalYear(m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]))),
  },
  // UK financial years: "2022-23", "2019/20".
  {
    pattern: new RegExp(String.raw`(?<![\d$£€.,])((?:19|20)\d{2})[-–/](\d{2})\b(?![-–/]\d)`, 'g'),
    read: (m) => {
      const first = Number(m[1])
      return (first + 1) % 100 === Number(m[2]) ? period(ukFinancialYear(first)) : null
    },
  },
  { pattern: /\b(?:[Mm]id|[Ee]arly|[Ll]ate)[- ](?:19|20)\d{2}s?\b|\b(?:the )?(?:19|20)\d0s\b/g, read: () => ({ role: 'vague', period: null }) },
  // "since 2019", "since March 2020": from then to the source's date.
  {
    pattern: new RegExp(String.raw`\b[Ss]ince (?:at least )?(${DATE})`, 'g'),
    read: (m, today) => {
      const from = dateSpan(m[1]!, today)
      return from === null || today === null ? { role: 'vague', period: null } : { role: 'since', period: { start: from.start, end: today.iso }, first: from }
    },
  },
  // A stock at a moment: "as of 30 September 2024", "as of July 2": the day.
  { pattern: new RegExp(String.raw`\b(?:[Aa]s (?:of|at)|[Oo]n) (${DATE})`, 'g'), read: (m, today) => period(dateSpan(m[1]!, today)) },
  // "by 31 March", "by March 2029", "by 2030": the day, else the month or year (the guide's rule).
  { pattern: new RegExp(String.raw`\b[Bb]y (${DATE})`, 'g'), read: (m, today) => period(dateSpan(m[1]!, today)) },
  { pattern: /\b[Ll]ast year\b|\b[Ii]n the previous year\b/g, read: (_, today) => relative(today, (t) => yearSpan(t.year - 1)) },
  { pattern: /\b(?:[Tt]his|[Ee]arlier this) year\b/g, read: (_, today) => relative(today, (t) => yearSpan(t.year)) },
  { pattern: /\b[Nn]ext year\b/g, read: (_, today) => relative(today, (t) => yearSpan(t.year + 1)) },
  { pattern: /\b[Ll]ast month\b/g, read: (_, today) => relative(today, (t) => (t.month === 1 ? monthSpan(t.year - 1, 12) : monthSpan(t.year, t.month - 1))) },
  { pattern: /\b[Tt]his month\b/g, read: (_, today) => relative(today, (t) => monthSpan(t.year, t.month)) },
  { pattern: /\b[Yy]esterday\b/g, read: (_, today) => relative(today, (t) => daySpan(addDays(t.iso, -1))) },
  { pattern: /\b[Tt]oday\b/g, read: (_, today) => relative(today, (t) => daySpan(t.iso)) },
  // "on Tuesday", "by Thursday evening": the latest such day up to the source's date.
  {
    pattern: /\b(?:(?:on|by|last) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?: (?:night|evening|morning|afternoon))?\b/g,
    read: (m, today) => relative(today, (t) => daySpan(addDays(t.iso, -((t.weekday - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7)))),
  },
  {
    pattern: /\b(?:a year (?:earlier|before|ago)|the (?:year before|previous year|prior year|preceding year)|the same (?:period|month|quarter|time) (?:last year|a year (?:earlier|before)))\b/g,
    read: () => ({ role: 'earlier', period: null }),
  },
  // "compared with 4,100 in the same period in 2017": the sentence's period in that year.
  {
    pattern: new RegExp(String.raw`\bthe same (?:period|months?|quarter|time|week) (?:in|of) (${YEAR})`, 'g'),
    read: (m) => ({ role: 'earlier', period: null, year: Number(m[1]) }),
  },
  // "During the same period, …": the period named last, in this sentence or one before.
  { pattern: /\b(?:[Dd]uring|[Oo]ver|[Ii]n|[Ff]or|[Aa]cross) the same (?:period|time|months|years)\b(?! (?:in|of) (?:19|20)\d\d| last year| a year)/g, read: () => ({ role: 'same', period: null }) },
  // "calendar year 2020", "in 2022", "April 2022", "in March".
  {
    pattern: new RegExp(String.raw`(?:\b(?:[Ii]n|[Dd]uring|[Ff]or|[Ii]n calendar year|[Cc]alendar year) )?(${DATE})`, 'g'),
    read: (m, today) => {
      const words = m[1]!
      // A month alone must be one: "May" and the short forms need "in", a day or a year beside them.
      const parts = dateParts(words)
      const isMonthAlone = parts.month !== null && parts.year === null && parts.day === null
      const isSurelyMonth = /^(?:January|February|March|April|June|July|August|September|October|November|December)$/.test(words) || (words === 'May' && m[0] !== words)
      if (isMonthAlone && !isSurelyMonth) return null
      return period(dateSpan(words, today))
    },
  },
]

/** "will rise", "is expected to": a sentence about what is to come, whose months lie ahead. */
const FUTURE = /\b(?:will|is (?:expected|due|set|forecast) to|are (?:expected|due|set|forecast) to)\b/

function looksAhead(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at)
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '))
  return FUTURE.test(before.slice(sentenceStart + 1))
}

/** "the company said on Thursday": the day of the report, not of what it reports. */
const REPORTED = /\b(?:said|says|announced|reported|confirmed|told [\p{L} ]{1,30}?|[Ss]peaking|published|released)\s+$/u
const RELATIVE_DAY = /^(?:on |last )?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today)\b/

function isReportingDay(text: string, at: number, words: string): boolean {
  return RELATIVE_DAY.test(words) && REPORTED.test(text.slice(Math.max(0, at - 40), at))
}

/** Every period `text` names, in order, without overlaps; `publishedOn` resolves relative ones. */
export function findPeriods(text: string, publishedOn: Date | null): PeriodMention[] {
  const today = publishedOn ? todayOf(publishedOn) : null
  const found: Array<PeriodMention & { rank: number }> = []
  READERS.forEach((reader, rank) => {
    for (const match of text.matchAll(reader.pattern)) {
      const words = match[0]
      if (isReportingDay(text, match.index, words)) continue
      const read = reader.read(match, today && looksAhead(text, match.index) ? { ...today, looksAhead: true } : today)
      if (read === null) continue
      const isAhead = today !== null && read.period !== null && /^by\b/i.test(words) && read.period.start > today.iso
      found.push({ start: match.index, end: match.index + words.length, words: words.trim(), rank, ...read, ...(isAhead ? { isAhead } : {}) })
    }
  })
  found.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end)
  const mentions: PeriodMention[] = []
  for (const { rank: _rank, ...mention } of found) {
    const previous = mentions.at(-1)
    if (previous !== undefined && mention.start < previous.end) {
      // A later, more specific reader may cover the one that came first: keep the wider.
      if (mention.start === previous.start && mention.end > previous.end && mention.period !== null) mentions[mentions.length - 1] = mention
      continue
    }
    mentions.push(mention)
  }
  return mentions
}
