import { SCALES, readNumberWords } from './number-words'
import { isAdjacent, numeralValue, type Token } from './tokenize'

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' }

/** One number as written, before qualifiers and units: "$500,000", "2.3 million", "seven". */
export type Quantity = {
  value: number
  /** The scale word's factor ("million" → 1e6), 1 when none; lets "2 to 3 million" scale both. */
  scale: number
  currency: string | null
  /** The digits token, when the number is written in digits (used for date and code checks). */
  numeral: Token | null
  isFraction: boolean
  isLoneOne: boolean
  /** Token index where the quantity starts (the currency sign, if any) and the one after it. */
  first: number
  next: number
}

/** Reads a quantity starting at token i, or null when no number starts there. */
export function readQuantity(tokens: Token[], i: number): Quantity | null {
  const head = tokens[i]
  if (head === undefined) return null
  const currency = head.kind === 'symbol' ? (CURRENCY_SYMBOLS[head.raw] ?? null) : null
  const at = currency !== null ? i + 1 : i
  const token = tokens[at]
  if (token === undefined || (currency !== null && !isAdjacent(head, token))) return null

  if (token.kind === 'number') {
    const scaleWord = tokens[at + 1]
    const scale = scaleWord?.kind === 'word' ? (SCALES[scaleWord.lower] ?? 1) : 1
    return {
      value: numeralValue(token) * scale,
      scale,
      currency,
      numeral: token,
      isFraction: false,
      isLoneOne: false,
      first: i,
      next: scale === 1 ? at + 1 : at + 2,
    }
  }
  if (currency !== null) return null
  const words = readNumberWords(tokens, at)
  if (words === null) return null
  return {
    value: words.value,
    scale: 1,
    currency: null,
    numeral: null,
    isFraction: words.isFraction,
    isLoneOne: words.isLoneOne,
    first: i,
    next: words.next,
  }
}
