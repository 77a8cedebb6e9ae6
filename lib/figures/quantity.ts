import { SCALES, readNumberWords, tidy } from './number-words'
import { isAdjacent, numeralValue, type Token } from './tokenize'

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR', '¥': 'JPY' }
/** Dollars other than the US one, by the letters glued before "$": "A$2.6 billion", "C$40". */
const DOLLAR_PREFIXES: Record<string, string> = { a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', nz: 'NZD', hk: 'HKD', s: 'SGD', us: 'USD' }

/** The currency a sum starts with and where its digits start: "$5" → USD at i+1, "A$5" → AUD at i+2. */
function currencyAt(tokens: Token[], i: number): { currency: string; at: number } | null {
  const head = tokens[i]
  if (head?.kind === 'symbol' && CURRENCY_SYMBOLS[head.raw]) return { currency: CURRENCY_SYMBOLS[head.raw]!, at: i + 1 }
  const sign = tokens[i + 1]
  const dollar = head?.kind === 'word' && sign?.raw === '$' && isAdjacent(head, sign) ? DOLLAR_PREFIXES[head.lower] : undefined
  return dollar ? { currency: dollar, at: i + 2 } : null
}
/** Scales written short, touching the digits of a sum of money: "£2.4m", "$4.1bn", "€30k". */
const MONEY_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12 }

/** One number as written, before qualifiers and units: "$500,000", "2.3 million", "seven". */
export type Quantity = {
  value: number
  /** The scale word's factor ("million" → 1e6), 1 when none; lets "2 to 3 million" scale both. */
  scale: number
  currency: string | null
  /** The scale is written short against the digits ("£2.4m"): the letters after them are no code. */
  isShortScale: boolean
  /** The digits token, when the number is written in digits (used for date and code checks). */
  numeral: Token | null
  isFraction: boolean
  /** "doubled", "fourfold": a number of times (lib/figures/multiples.ts). */
  isMultiple: boolean
  isLoneOne: boolean
  /** Token index where the quantity starts (the currency sign, if any) and the one after it. */
  first: number
  next: number
}

/** Reads a quantity starting at token i, or null when no number starts there. */
export function readQuantity(tokens: Token[], i: number): Quantity | null {
  const head = tokens[i]
  if (head === undefined) return null
  const money = currencyAt(tokens, i)
  const currency = money?.currency ?? null
  const at = money?.at ?? i
  const token = tokens[at]
  if (token === undefined || (money !== null && !isAdjacent(tokens[at - 1], token))) return null

  if (token.kind === 'number') {
    const scaleWord = tokens[at + 1]
    const shortScale = currency !== null && scaleWord?.kind === 'word' && isAdjacent(token, scaleWord) ? MONEY_SCALES[scaleWord.lower] : undefined
    const scale = shortScale ?? (scaleWord?.kind === 'word' ? (SCALES[scaleWord.lower] ?? 1) : 1)
    return {
      value: scale === 1 ? numeralValue(token) : tidy(numeralValue(token) * scale),
      scale,
      currency,
      isShortScale: shortScale !== undefined,
      numeral: token,
      isFraction: false,
      isMultiple: false,
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
    isShortScale: false,
    numeral: null,
    isFraction: words.isFraction,
    isMultiple: false,
    isLoneOne: words.isLoneOne,
    first: i,
    next: words.next,
  }
}
