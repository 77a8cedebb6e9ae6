import pluralize from 'pluralize'

/** Figures compare only within one dimension; `factor` converts the unit to `baseUnit`. */
export type Dimension = { key: string; baseUnit: string; factor: number }

// Hours per unit. A month is a twelfth of a 365.25-day year, so "18 months" is 1.5 years.
const HOURS_PER: Record<string, number> = {
  second: 1 / 3600, seconds: 1 / 3600, sec: 1 / 3600, secs: 1 / 3600,
  minute: 1 / 60, minutes: 1 / 60, min: 1 / 60, mins: 1 / 60,
  hour: 1, hours: 1, hr: 1, hrs: 1,
  day: 24, days: 24,
  week: 168, weeks: 168,
  month: 730.5, months: 730.5,
  year: 8766, years: 8766,
}

const CURRENCIES: Record<string, string> = {
  usd: 'USD', $: 'USD', 'us$': 'USD', dollar: 'USD', dollars: 'USD', 'us dollars': 'USD',
  eur: 'EUR', '€': 'EUR', euro: 'EUR', euros: 'EUR',
  gbp: 'GBP', '£': 'GBP', 'pounds sterling': 'GBP',
}

// "percent", "per cent", "%", optionally followed by what it is a percent of: "percent change".
const PERCENT = /^(?:percent|per cent|pct|%)(?:\s*\b(.+))?$/
const PERCENTAGE_POINTS = /^percentage points?$/

/** Trimmed, lower case, single spaces: the form every unit is matched in. */
export function normaliseUnit(unit: string): string {
  return unit.trim().toLowerCase().replace(/\s+/g, ' ')
}

/** The percent kinds a bare "percent" can take on from its quantity. */
function isPercentKind(key: string): boolean {
  return key === 'percent-change' || key === 'percent-share' || key.startsWith('percent:')
}

function percentDimension(rest: string | undefined, quantityUnit: string | null | undefined): Dimension {
  if (rest === 'change') return { key: 'percent-change', baseUnit: 'percent', factor: 1 }
  if (rest === 'share') return { key: 'percent-share', baseUnit: 'percent', factor: 1 }
  if (rest !== undefined) return { key: `percent:${rest}`, baseUnit: 'percent', factor: 1 }
  const inherited = quantityUnit ? unitDimension(quantityUnit).key : null
  const key = inherited !== null && isPercentKind(inherited) ? inherited : 'percent'
  return { key, baseUnit: 'percent', factor: 1 }
}

// Word by word, so "cases referred" is "case referred"; a word pluralize empties ("s") stays.
function singularPhrase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => pluralize.singular(word) || word)
    .join(' ')
}

/**
 * The dimension a figure's unit belongs to; two figures are compared only when the keys match.
 * Units are matched case-insensitively, trimmed.
 * - duration: seconds to years (a month is 730.5 hours, a year 8766), in base unit 'hours';
 * - percent: 'percent change', 'percent share' and 'percent of X' are three kinds that never
 *   compare with each other; a bare 'percent' (or '%', 'per cent') takes the quantity unit's kind
 *   when that is one of them, else stays plain 'percent'. 'fraction' is a share (×100);
 *   'percentage points' is its own dimension;
 * - currency: USD, EUR, GBP by code, sign or name, never exchanged;
 * - anything else counts a thing: the key is the noun phrase singularised word by word, so
 *   'children' and 'child' compare but children never compare with parents.
 * An empty unit means the quantity's own unit, when there is one.
 */
export function unitDimension(unit: string, quantityUnit?: string | null): Dimension {
  const lower = normaliseUnit(unit)
  if (lower === '' && quantityUnit && normaliseUnit(quantityUnit) !== '') {
    return unitDimension(quantityUnit)
  }

  const hours = HOURS_PER[lower]
  if (hours !== undefined) return { key: 'duration', baseUnit: 'hours', factor: hours }

  const currency = CURRENCIES[lower]
  if (currency !== undefined) return { key: `currency:${currency}`, baseUnit: currency, factor: 1 }

  if (PERCENTAGE_POINTS.test(lower)) {
    return { key: 'percentage-points', baseUnit: 'percentage points', factor: 1 }
  }
  if (lower === 'fraction') return { key: 'percent-share', baseUnit: 'percent', factor: 100 }
  const percent = PERCENT.exec(lower)
  if (percent !== null) return percentDimension(percent[1], quantityUnit)

  return { key: `count:${singularPhrase(lower)}`, baseUnit: unit.trim().replace(/\s+/g, ' '), factor: 1 }
}

// Floating point turns 180 * (1/60) into 3.0000000000000004; 12 significant digits is plenty.
export function tidy(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n
}

/** A number in the figure's unit expressed in the dimension's base unit. */
export function toBaseUnit(n: number, dimension: Dimension): number {
  return dimension.factor === 1 ? n : tidy(n * dimension.factor)
}
