import { isAdjacent, isSymbol, isWord, type Token } from './tokenize'
import { FUNCTION_WORDS, MONTHS, SKIPPED_ADJECTIVES, isPluralLike } from './unit-words'

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR',
}

/** The unit and the index of the last token that belongs to the phrase (-1 when none). */
export type UnitMatch = { unit: string | null; last: number }

/** "79 percent", "79%", "79 per cent", "3 percentage points". */
export function readPercent(tokens: Token[], i: number): UnitMatch | null {
  const token = tokens[i]
  if (isSymbol(token, '%') && isAdjacent(tokens[i - 1], token)) return { unit: 'percent', last: i }
  if (isWord(token, 'percent', 'pct')) return { unit: 'percent', last: i }
  if (isWord(token, 'per') && isWord(tokens[i + 1], 'cent')) return { unit: 'percent', last: i + 1 }
  if (isWord(token, 'percentage') && isWord(tokens[i + 1], 'points', 'point')) {
    return { unit: 'percentage points', last: i + 1 }
  }
  return null
}

/**
 * Guesses the unit after a number at token i. Within the next few words (stopping at
 * punctuation or a function word, skipping adjectives such as "new" and "separated") it takes
 * the first plural-looking word, else the first word: "611 separated children" → children,
 * "3,000 immigrant children" → children, "11,086 new cases" → cases, "9,216 in May" → none.
 */
export function readUnit(tokens: Token[], i: number, currency: string | null): UnitMatch {
  const percent = readPercent(tokens, i)
  if (percent !== null) return percent
  const word = tokens[i]
  const named = word?.kind === 'word' ? CURRENCY_WORDS[word.lower] : undefined
  if (named !== undefined) return { unit: named, last: i }
  if (currency !== null) return { unit: currency, last: -1 }

  // "72-hour", "three-day": the unit is glued on with a hyphen.
  const glued = tokens[i + 1]
  if (isSymbol(word, '-') && isAdjacent(tokens[i - 1], word) && isAdjacent(word, glued)) {
    if (glued?.kind === 'word' && !FUNCTION_WORDS.has(glued.lower)) {
      return { unit: glued.lower, last: i + 1 }
    }
  }

  const candidates: number[] = []
  for (let k = i; k < i + 4; k += 1) {
    const token = tokens[k]
    if (token?.kind !== 'word' || FUNCTION_WORDS.has(token.lower) || MONTHS.has(token.raw)) break
    if (!SKIPPED_ADJECTIVES.has(token.lower)) candidates.push(k)
  }
  const chosen =
    candidates.find((k) => isPluralLike(tokens[k]?.lower ?? '')) ?? candidates[0]
  if (chosen === undefined) return { unit: null, last: -1 }
  return { unit: tokens[chosen]?.lower ?? null, last: chosen }
}
