// Which period each figure of a text refers to. News writing names a period once and lets it
// cover the figures around it: "606,000 in 2022, with some 1.2 million people arriving and
// 557,000 leaving" dates all three; "4% from 4.1% in December" dates 4.1% alone.
import { yearBefore } from './calendar'
import type { PeriodMention } from './periods'
import { sentencesOf } from './sentences'
import type { FigurePeriod } from './types'


type Span = { start: number; end: number }
/** `isRule`: a figure that describes a rule or a kind, not a count at a time (see find-figures). */
type Placed = Span & { isChange: boolean; isRule: boolean }

/** A comma, semicolon, colon or dash between words ends the clause a period can reach across. */
const CLAUSE_BREAK = /[,;:](?=\s)|\s[—–-]\s/
/** "more than in 2023", "up 9% on 2021-22", "than the rate in 2021": the period compared with. */
const COMPARED_WITH = /\b(?:than|on|from|over|compared with|against)(?:\s+[\p{L}']+){0,3}\s*$/u
const YEAR_ON_YEAR = /\byear[- ]on[- ]year\b/g

function stated(mention: PeriodMention): FigurePeriod | null {
  return mention.period === null ? null : { ...mention.period, words: mention.words }
}

/**
 * The period for each figure, in order, among `mentions` (from findPeriods). For each figure, in
 * turn: a period that follows it in its clause before the next figure ("45,774 in 2022"); the
 * nearest period before it in its sentence ("In 2022, … 4.7% of GDP"); a period later in its
 * clause ("Nearly 9,000 children were waiting more than 18 weeks at the end of March 2024"); the
 * moment its sentence names ("Almost 88% of adults …, as of 18 July"). A semicolon ends a
 * sentence here; a figure that states a rule ("the 72-hour standard") takes only its own period.
 * A change compared with a period ("8 per cent more than in 2023") spans from that period to
 * its own; "a year earlier" is its sentence's period a year back. Periods never cross sentences.
 */
export function periodsOfFigures(text: string, figures: Placed[], mentions: PeriodMention[]): Array<FigurePeriod | null> {
  const sentenceAt = sentencesOf(text).indexAt
  const isSameClause = (from: number, to: number) => !CLAUSE_BREAK.test(text.slice(from, to))
  // Each figure looks only at its own sentence's periods: long sources have thousands of each.
  const bySentence = new Map<number, PeriodMention[]>()
  for (const mention of mentions) {
    const sentence = sentenceAt(mention.start)
    const list = bySentence.get(sentence)
    if (list) list.push(mention)
    else bySentence.set(sentence, [mention])
  }

  return figures.map((figure, index) => {
    const inSentence = bySentence.get(sentenceAt(figure.start)) ?? []
    const nextFigure = figures[index + 1]?.start ?? Infinity
    const after = inSentence.filter((m) => m.start >= figure.end && isSameClause(figure.end, m.start))
    const own = after.find((m) => m.start < nextFigure)
    // The nearest period before the figure that dates what follows it.
    const before = inSentence.findLast((m) => m.end <= figure.start && m.role === 'period' && m.period !== null) ?? null

    if (own !== undefined) {
      if (own.role === 'vague') return null
      if (own.role === 'since') return stated(own)
      const isComparedWith = figure.isChange && COMPARED_WITH.test(text.slice(figure.end, own.start).replace(YEAR_ON_YEAR, ''))
      // "up 18% on the year before", "double the previous year's": a change is dated by its own period.
      if (own.role === 'earlier' && figure.isChange) return before ? stated(before) : null
      if (own.role === 'earlier') {
        const base = before?.period
        return base ? { ...yearBefore(base), words: own.words } : null
      }
      if (isComparedWith) {
        const period = before?.period ?? after.find((m) => m !== own && m.role === 'period')?.period
        if (own.period !== null && period && period.end > own.period.end) {
          return { start: own.period.start, end: period.end, words: `${own.words} to ${before?.words ?? ''}`.trim() }
        }
        return before ? stated(before) : null
      }
      return stated(own)
    }
    if (figure.isRule) return null
    if (before !== null) return stated(before)
    const later = after.find((m) => m.role === 'period')
    if (later) return stated(later)
    // "Almost 88% of adults …, as of 18 July": a sentence's one period dates all of it.
    const dated = inSentence.filter((m) => m.role !== 'vague')
    return dated.length === 1 && /^as (?:of|at)\b/i.test(dated[0]!.words) ? stated(dated[0]!) : null
  })
}
