import { isAdjacent, isSymbol, isWord, type Token } from './tokenize'

// "zero" is left out on purpose: in this corpus it is always "zero tolerance", never a count.
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
/** Floating point turns 545 * 0.95 into 517.7499999… and 4.1 * 1e9 into 4099999999.9999995; 12 significant digits is plenty. */
export function tidy(n: number): number {
  return Number(n.toPrecision(12))
}

/** Words that multiply what came before; also read after numerals ("2.3 million"). */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
}
// Denominators only count after a numerator ("a third", "two-thirds"): alone, "third" is an ordinal.
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
}

export type WordNumber = {
  value: number
  /** Index of the first token after the number. */
  next: number
  isFraction: boolean
  /** A bare "one", which is far more often a pronoun ("one another") than a count. */
  isLoneOne: boolean
}

function lookup(table: Record<string, number>, token: Token | undefined): number | undefined {
  return token?.kind === 'word' ? table[token.lower] : undefined
}

/** Reads a fraction's denominator at i, allowing "two-thirds" as well as "two thirds". */
function readDenominator(tokens: Token[], i: number): { denominator: number; next: number } | null {
  const hyphen = isSymbol(tokens[i], '-') && isAdjacent(tokens[i - 1], tokens[i])
  const at = hyphen ? i + 1 : i
  const denominator = lookup(DENOMINATORS, tokens[at])
  return denominator === undefined ? null : { denominator, next: at + 1 }
}

/** Reads "seventy", "twenty-five", "three hundred and five", "a thousand", "a third", "half". */
export function readNumberWords(tokens: Token[], start: number): WordNumber | null {
  if (isWord(tokens[start], 'half')) {
    return { value: 0.5, next: start + 1, isFraction: true, isLoneOne: false }
  }
  let i = start
  let total = 0
  let current = 0
  let last: 'none' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' = 'none'
  // "a"/"an" is a number only before a scale, "dozen" or a denominator ("a million", "a third").
  if (isWord(tokens[i], 'a', 'an')) {
    const after = tokens[i + 1]
    const isCountable = lookup(SCALES, after) !== undefined || isWord(after, 'dozen')
    if (!isCountable && lookup(DENOMINATORS, after) === undefined) return null
    current = 1
    last = 'a'
    i += 1
  }
  for (;;) {
    const token = tokens[i]
    const unit = lookup(UNITS, token)
    const tens = lookup(TENS, token)
    const scale = lookup(SCALES, token)
    const afterTens = last === 'tens' && unit !== undefined && unit < 10
    if (unit !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || afterTens)) {
      current += unit
      last = 'unit'
    } else if (tens !== undefined && (last === 'none' || last === 'hundred' || last === 'scale')) {
      current += tens
      last = 'tens'
    } else if (scale === 100 && (last === 'a' || last === 'unit' || last === 'tens')) {
      current *= 100
      last = 'hundred'
    } else if (scale !== undefined && scale > 100 && last !== 'none' && last !== 'scale') {
      total += current * scale
      current = 0
      last = 'scale'
    } else if (isWord(token, 'dozen') && (last === 'a' || last === 'unit' || last === 'tens')) {
      current *= 12
      last = 'scale'
    } else if (isSymbol(token, '-') && last === 'tens' && isAdjacent(tokens[i - 1], token)) {
      // "twenty-five": only continue if a unit word follows the hyphen.
      if (lookup(UNITS, tokens[i + 1]) === undefined) break
    } else if (isWord(token, 'and') && (last === 'hundred' || last === 'scale')) {
      if (lookup(UNITS, tokens[i + 1]) === undefined && lookup(TENS, tokens[i + 1]) === undefined) break
    } else {
      break
    }
    i += 1
  }
  if (last === 'none') return null
  const value = total + current
  if (last === 'a' || last === 'unit') {
    const fraction = value < 10 ? readDenominator(tokens, i) : null
    if (fraction !== null) {
      return { value: value / fraction.denominator, next: fraction.next, isFraction: true, isLoneOne: false }
    }
    if (last === 'a') return null
  }
  const isLoneOne = value === 1 && i === start + 1
  return { value, next: i, isFraction: false, isLoneOne }
}
