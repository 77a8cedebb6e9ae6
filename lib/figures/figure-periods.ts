// Which period each figure of a text refers to. News writing names a period once and lets it
// cover the figures around it: "606,000 in 2022, with some 1.2 million people arriving and
// 557,000 leaving" dates all three; "4% from 4.1% in December" dates 4.1% alone.
import { addMonths, yearBefore, type Period } from './calendar'
import type { PeriodMention } from './periods'
import { sentencesOf } from './sentences'
import type { FigurePeriod } from './types'

type Span = { start: number; end: number }

/**
 * How a figure may be dated (see find-figures): `any` period around it; only its `own`, stated
 * right after it ("the 72-hour standard"); only a `deadline` of its own ("a target of 300,000 by
 * 2030", not "the 2% target"); or `none` ("waited more than 12 hours": a threshold is part of what
 * another figure counts, not a time).
 */
export type Dating = 'any' | 'own' | 'deadline' | 'none'
type Placed = Span & { isChange: boolean; dating: Dating }

/** A comma, semicolon, colon or dash between words ends the clause a period can reach across. */
const CLAUSE_BREAK = /[,;:](?=\s)|\s[—–-]\s/
/** "in reading, writing and maths", "Nigeria, Chad and Niger": the commas of a list end no clause. */
const LIST_COMMA = /,(?=(?:\s+[\p{L}'&-]+){1,2}(?:,(?:\s+[\p{L}'&-]+){1,2})*,?\s+(?:and|or)\s)/gu
/** "up 9% on 2021-22", "17% more than in FY2021", "double the figure for 2020": the period a change is measured from. */
const CHANGE_BASE = /\b(?:than|on|from|compared (?:with|to)|against|versus|below|above|as (?:much|many|high|large) as|the (?:figure|level|number|total|rate|one) (?:for|in|of))(?:\s+(?!(?:in|during|for)\b)[\p{L}']+){0,3}(?:\s+in)?\s*$/u
/** "unchanged from 2022", "higher than in 2015": the period a level is compared with. */
const LEVEL_BASE = /\b(?:than|unchanged from|compared (?:with|to)|versus)(?:\s+in)?\s*$/
/** "up 1% on 2021": the reader takes "on 2021" as a date; a whole year or more after a change is its base. */
const ON_BASE = /^on\b/i
const YEAR_ON_YEAR = /\byear[- ]on[- ]year\b/g
/** "Of these, 59 (46%) …": a sentence about the figures of the one before. */
const REFERS_BACK = /^\s*(?:Of|Among|Of all) (?:these|them|those|which)\b/
/** "to 9.6 million", "from 1,480,400", "to an average of £312,000": a level at one end of a span. */
const SPAN_END_LEVEL = /\b(from|to)\s+(?:(?:an?|the) (?:new |record )?(?:average|total|high|low|peak|level|figure) of\s+)?$/

const DAY_MS = 86_400_000
const lengthInDays = (period: Period) => (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS + 1

function stated(mention: PeriodMention): FigurePeriod | null {
  return mention.period === null ? null : { ...mention.period, words: mention.words }
}

/** "in 2012" and "in 2021" → "in 2012 to 2021". */
const spanWords = (first: string, last: string) => `${first} to ${last.replace(/^(?:in|during|for|on)\s+/i, '')}`

const withWords = (period: Period | null | undefined, words: string): FigurePeriod | null => (period ? { ...period, words } : null)

/** The period "a year earlier" or "the same period in 2017" names, from the period it is compared with. */
function earlierThan(mention: PeriodMention, base: Period): FigurePeriod {
  const years = mention.year === undefined ? 1 : Number(base.start.slice(0, 4)) - mention.year
  const shifted = years === 1 ? yearBefore(base) : { start: addMonths(base.start, -12 * years), end: addMonths(base.end, -12 * years) }
  return { ...shifted, words: mention.words }
}

/**
 * The period for each figure, in order, among `mentions` (from findPeriods). For each figure, in
 * turn: a period that follows it in its clause before the next figure ("45,774 in 2022"); the
 * nearest period before it in its sentence ("In 2022, … 4.7% of GDP"); a period later in its
 * clause ("Nearly 9,000 children were waiting … at the end of March 2024"); the moment its sentence
 * names ("Almost 88% of adults …, as of 18 July"). A semicolon ends a sentence here. A change is
 * dated by its own period, not the one it is compared with ("up 1% on 2021" in a sentence about
 * 2022 is 2022's); a change with no period of its own spans the levels it runs between ("from 58%
 * in January to 44% this month, a drop of 14 points"). Periods cross sentences only when the text
 * says so: "During the same period", "Of these, 59 …".
 */
export function periodsOfFigures(text: string, figures: Placed[], mentions: PeriodMention[]): Array<FigurePeriod | null> {
  const sentences = sentencesOf(text)
  const sentenceAt = sentences.indexAt
  const isSameClause = (from: number, to: number) => !CLAUSE_BREAK.test(text.slice(from, to).replace(LIST_COMMA, ''))
  // Each figure looks only at its own sentence's periods: long sources have thousands of each.
  const bySentence = new Map<number, PeriodMention[]>()
  for (const mention of mentions) {
    const sentence = sentenceAt(mention.start)
    const list = bySentence.get(sentence)
    if (list) list.push(mention)
    else bySentence.set(sentence, [mention])
  }
  const bases = baseMentions(text, figures, mentions, sentenceAt)
  const isDating = (m: PeriodMention) => m.role === 'period' && m.period !== null && !bases.has(m) && !m.isAhead
  /** The period named last before `at`, in any sentence ("During the same period"). */
  const lastNamedBefore = (at: number) => mentions.findLast((m) => m.end <= at && isDating(m)) ?? null
  /** A period that dates the figures after it in its sentence: "In 2022, …", "Since June, …", "During the same period, …". */
  const datesWhatFollows = (m: PeriodMention): PeriodMention | null => {
    if (m.role === 'same') return lastNamedBefore(m.start)
    return isDating(m) || (m.role === 'since' && m.period !== null) ? m : null
  }

  const results: Array<FigurePeriod | null> = []
  const spanOfLevels = (a: number, b: number): FigurePeriod | null => {
    const [first, last] = [results[a], results[b]]
    const [figureA, figureB] = [figures[a], figures[b]]
    if (!first || !last || !figureA || !figureB || first.start >= last.start) return null
    if (sentenceAt(figureA.start) !== sentenceAt(figureB.start)) return null
    const isFromTo = /\bfrom\s+$/.test(text.slice(Math.max(0, figureA.start - 8), figureA.start)) && /\bto\b/.test(text.slice(figureA.end, figureB.start))
    return isFromTo ? { start: first.start, end: last.end, words: spanWords(first.words, last.words) } : null
  }

  figures.forEach((figure, index) => {
    const sentence = sentenceAt(figure.start)
    const inSentence = bySentence.get(sentence) ?? []
    // "12 of its 40 bases by the end of March 2020": the whole a part is of does not end its clause.
    const next = figures[index + 1]
    const isPartOf = next !== undefined && /^\s+of (?:its|the|their|our|his|her)\s+$/.test(text.slice(figure.end, next.start))
    const nextFigure = (isPartOf ? figures[index + 2] : next)?.start ?? Infinity
    const after = inSentence.filter((m) => m.start >= figure.end && isSameClause(figure.end, m.start))
    const ownMention = after.find((m) => m.start < nextFigure)
    const own = ownMention && bases.has(ownMention) ? undefined : ownMention
    const nearest = inSentence.findLast((m) => m.end <= figure.start && datesWhatFollows(m) !== null)
    const before = nearest ? datesWhatFollows(nearest) : null
    results.push(periodOf())

    function periodOf(): FigurePeriod | null {
      if (figure.dating === 'none') return null
      if (own !== undefined) {
        if (figure.dating === 'deadline' && !/^by\b/i.test(own.words)) return null
        return ownPeriod(own)
      }
      if (figure.dating !== 'any') return null
      // "than the rate in the fourth quarter of 2021 (65.5 percent)": the figure of the period it follows.
      const bracketed = inSentence.findLast((m) => m.end <= figure.start && /^\s*\($/.test(text.slice(m.end, figure.start)))
      if (bracketed?.period) return stated(bracketed)
      // "the previous year's $19.3bn": a year before the period the sentence is about.
      const earlierBefore = inSentence.findLast((m) => m.end <= figure.start && figure.start - m.end <= 4)
      if (earlierBefore?.role === 'earlier' && before) return earlierThan(earlierBefore, before.period!)
      // "since 2017, when the cap was set at £9,250": the time the "when" clause is in.
      const when = inSentence.findLast((m) => m.end <= figure.start && /^,?\s+when\b/.test(text.slice(m.end, figure.start)))
      if (when && !figures.some((f) => f.start >= when.end && f.end <= figure.start)) return withWords(when.first ?? when.period, when.words)
      if (figure.isChange && index >= 2) {
        const span = spanOfLevels(index - 2, index - 1)
        if (span) return span
      }
      if (before !== null) {
        // "between 2010 and 2023, to 9.6 million": a level at one end of the span.
        // A flow counted over "the year to June" is that year's; an average or a span's end is the end's.
        const gap = text.slice(Math.max(before.end, figures[index - 1]?.end ?? 0), figure.start)
        const end = SPAN_END_LEVEL.exec(gap)
        const isAtEnd = end !== null && (before.first != null || /\baverage\b/.test(end[0]))
        const part = !isAtEnd ? undefined : end[1] === 'from' ? before.first : before.last
        return part ? withWords(part, before.words) : stated(before)
      }
      const later = after.find(isDating)
      if (later) return stated(later)
      // "Of these, 59 (46%) …": the period of the figures they are part of.
      if (REFERS_BACK.test(text.slice(sentences.startOf(sentence), figure.start))) {
        let whole = index - 1
        while (whole >= 0 && sentenceAt(figures[whole]!.start) === sentence) whole -= 1
        if (whole >= 0 && sentenceAt(figures[whole]!.start) === sentence - 1) return results[whole] ?? null
      }
      // "Almost 88% of adults …, as of 18 July": a sentence's one period dates all of it.
      const dated = inSentence.filter((m) => m.role !== 'vague' && !bases.has(m))
      const asOf = dated.length === 1 && /^as (?:of|at)\b/i.test(dated[0]!.words) ? dated[0]! : null
      return asOf && !/\bbut\b/.test(text.slice(figure.end, asOf.start)) ? stated(asOf) : null
    }

    function ownPeriod(mention: PeriodMention): FigurePeriod | null {
      if (mention.role === 'vague') return null
      if (mention.role === 'same') return lastNamedBefore(mention.start) && stated(lastNamedBefore(mention.start)!)
      if (mention.role === 'since') {
        // "tripled since 2012, to 14 cases … in 2022": up to the period of the level it reached.
        const reached = inSentence.find((m) => m.start > mention.end && isDating(m) && /\bto\b/.test(text.slice(mention.end, m.start)))
        return reached?.period && mention.period ? { start: mention.period.start, end: reached.period.end, words: spanWords(mention.words, reached.words) } : stated(mention)
      }
      // "up 18% on the year before": a change is dated by its own period.
      if (mention.role === 'earlier' && figure.isChange) return before ? stated(before) : null
      if (mention.role === 'earlier') return before ? earlierThan(mention, before.period!) : null
      return stated(mention)
    }
  })

  // "rose more than eightfold, from 334 in 2012 to 2,855 in 2021": a change with no period of its
  // own spans the levels that follow it.
  figures.forEach((figure, index) => {
    if (results[index] === null && figure.isChange && figure.dating === 'any') results[index] = spanOfLevels(index + 1, index + 2)
  })
  return results
}

/**
 * The mentions that name what a figure is compared with rather than its own time: "up 1% on 2021",
 * "17% more than in FY2021", "unchanged from 2022". Each follows a figure in its sentence with only
 * comparison words between.
 */
function baseMentions(text: string, figures: Placed[], mentions: PeriodMention[], sentenceAt: (offset: number) => number): Set<PeriodMention> {
  const bases = new Set<PeriodMention>()
  let k = 0
  let previousEnd = 0
  for (const mention of mentions) {
    while (figures[k + 1] !== undefined && figures[k + 1]!.end <= mention.start) k += 1
    const figure = figures[k]
    const gapStart = Math.max(previousEnd, figure?.end ?? 0)
    previousEnd = mention.end
    if (figure === undefined || figure.end > mention.start || sentenceAt(figure.start) !== sentenceAt(mention.start)) continue
    if (mention.role !== 'period' || mention.period === null) continue
    // "the figure for 2020": the reader takes "for 2020" as the mention; its preposition belongs to the gap.
    const preposition = /^(?:for|in|during)\b/i.exec(mention.words)?.[0] ?? ''
    const between = text.slice(gapStart, mention.start)
    const gap = (preposition ? `${between.trimEnd()} ${preposition}` : between).replace(YEAR_ON_YEAR, '')
    if (/[;:]/.test(gap)) continue
    const isOnBase = figure.isChange && ON_BASE.test(mention.words) && lengthInDays(mention.period) >= 365 && gap.trim() === ''
    if (isOnBase || (figure.isChange ? CHANGE_BASE : LEVEL_BASE).test(gap) || /\bunchanged from\s*$/.test(gap)) bases.add(mention)
  }
  return bases
}
