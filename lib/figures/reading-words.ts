// A figure the importer read, in the words the suggestion list shows before a reviewer accepts
// it: the same values the figure form is then pre-filled with (storedForm), said in words.
import { QUALIFIER_LABELS } from '../labels/figure'
import { figureInterval, formatInterval } from './compare'
import { storedForm } from './figure-defaults'
import { formatPeriod } from './period-words'
import type { ParsedFigure } from './types'

export type ReadingWords = { statedAs: string; bounds: string; unit: string; period: string }

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const numberOrNull = (value: string) => (value === '' ? null : Number(value))

/** "More than" · "more than 3,000" · "children" · "March 2018 (“in March 2018”)". */
export function readingWords(figure: ParsedFigure): ReadingWords {
  const stored = storedForm(figure)
  const interval = figureInterval({ qualifier: stored.qualifier, value: numberOrNull(stored.value), low: numberOrNull(stored.low), high: numberOrNull(stored.high) })
  // Suggestions stored before the reader read periods have no `period` at all.
  const period = figure.period ?? null
  const dates = period ? formatPeriod(day(period.start), day(period.end)) : null
  return {
    statedAs: QUALIFIER_LABELS[stored.qualifier],
    bounds: formatInterval(interval, ''),
    unit: stored.unit === '' ? 'not stated' : stored.unit,
    period: period === null || dates === null ? 'not stated' : dates.toLowerCase() === period.words.toLowerCase() ? dates : `${dates} (“${period.words}”)`,
  }
}
