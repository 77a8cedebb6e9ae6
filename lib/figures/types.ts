/** Mirrors the Prisma `FigureQualifier` enum; keep the names identical. */
export type FigureQualifier =
  | 'EXACT'
  | 'AT_LEAST'
  | 'MORE_THAN'
  | 'AT_MOST'
  | 'FEWER_THAN'
  | 'ABOUT'
  | 'RANGE'

/** Which way a stated percent change went ("spiked by 79 percent", "declined by 35 percent"). */
export type FigureDirection = 'increase' | 'decrease'

/**
 * One figure as a passage states it. `value` is always the number written (the midpoint for a
 * RANGE); `low`/`high` are the bounds it implies, null when open. Bounds are inclusive except:
 * MORE_THAN's `low` and FEWER_THAN's `high` are exclusive ("more than 3,000" excludes 3,000).
 * Magnitudes are positive: a decrease is `direction: 'decrease'`, never a negative value.
 */
export type ParsedFigure = {
  qualifier: FigureQualifier
  value: number
  low: number | null
  high: number | null
  /** Normalised unit: 'percent', 'percentage points', 'USD', 'fraction', or a lowercase noun. */
  unit: string | null
  /** Only set for percent units, where "79 percent" means a change. */
  direction: FigureDirection | null
  /** The phrase as written: qualifier, number and unit words. */
  text: string
  /** The time the figure is about, as the text around it states it; null when it states none. */
  period: FigurePeriod | null
}

/** A figure's period: its first and last day (ISO, both included) and the words that state it. */
export type FigurePeriod = { start: string; end: string; words: string }

/** A figure found in a longer text; `text.slice(start, end) === figure.text`. */
export type FoundFigure = ParsedFigure & { start: number; end: number }
