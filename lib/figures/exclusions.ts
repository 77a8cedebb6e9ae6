import type { Quantity } from './quantity'
import { isSymbol, type Token } from './tokenize'
import { MONTHS } from './unit-words'

// Text just before a number that makes it a reference, not a count: "21 USC 846", "Section 1325",
// "No. 5", "page 12", "Title 8"; and the base of a rate: "per 100,000 people".
const REFERENCE_BEFORE =
  /(?:§|\b(?:u\.?\s?s\.?\s?c|usc|cfr|section|sec|sections|title|chapter|article|rule|no|nos|number|page|pages|pp|vol|volume|docket|exhibit|figure|fig|table|paragraph|para|item|route|interstate|highway|flight|room|suite|amendment)\.?|\b(?:per|every))\s*$/i
// "21 USC", "8 U.S.C.", "45 CFR": the number is a title of a code.
const REFERENCE_AFTER = /^\s*(?:u\.?\s?s\.?\s?c\b|usc\b|cfr\b|c\.f\.r\b)/i

const LETTER = /\p{L}/u
const DIGIT = /\d/

/**
 * Digits glued to letters or to other digits by ":" "/" "." are identifiers, times, dates or
 * versions, not counts: "deeper59", "COVID-19", "21st", "1980s", "9:30", "4/6/2018", "1.2.3".
 */
function isGlued(text: string, numeral: Token): boolean {
  const before = text[numeral.start - 1] ?? ''
  const beforeThat = text[numeral.start - 2] ?? ''
  const after = text[numeral.end] ?? ''
  const afterThat = text[numeral.end + 1] ?? ''
  if (LETTER.test(before) || LETTER.test(after)) return true
  if (before === '-' && LETTER.test(beforeThat)) return true
  if (':/.'.includes(before) && before !== '' && DIGIT.test(beforeThat)) return true
  return ':/.'.includes(after) && after !== '' && DIGIT.test(afterThat)
}

/** "April 6", "Jan. 14", "6 April": a day of the month. */
function isDayOfMonth(tokens: Token[], index: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 31) return false
  const previous = isSymbol(tokens[index - 1], '.') ? tokens[index - 2] : tokens[index - 1]
  return MONTHS.has(previous?.raw ?? '') || MONTHS.has(tokens[index + 1]?.raw ?? '')
}

/**
 * True when a quantity is a date, year, code section or identifier rather than a figure.
 * Years: we follow AP style, which writes counts of 1,000 or more with a separator, so a bare
 * four-digit integer ("2018", "since at least 2001", "1325 cases") is a year or a code, unless it
 * is a percent or money. Known limitation: an unstyled count ("2000 people") is missed.
 */
export function isNotAFigure(
  text: string,
  tokens: Token[],
  quantity: Quantity,
  unit: string | null,
): boolean {
  const numeral = quantity.numeral
  if (numeral === null) return false
  // The numeral is among the quantity's own tokens: no search through a long source's tokens.
  let index = quantity.first
  while (index < quantity.next && tokens[index] !== numeral) index += 1
  const isMoneyOrPercent = quantity.currency !== null || unit === 'percent' || unit === 'USD'
  if (/^\d{4}$/.test(numeral.raw) && quantity.scale === 1 && !isMoneyOrPercent) return true
  if (!quantity.isShortScale && isGlued(text, numeral)) return true
  if (isDayOfMonth(tokens, index, quantity.value)) return true
  const lineStart = Math.max(0, numeral.start - 24)
  if (REFERENCE_BEFORE.test(text.slice(lineStart, tokens[quantity.first]?.start ?? numeral.start))) {
    return true
  }
  return REFERENCE_AFTER.test(text.slice(numeral.end, numeral.end + 12))
}
