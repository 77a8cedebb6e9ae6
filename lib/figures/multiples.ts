// Multiples stated in words: "doubled", "tripled", "halved", "fourfold", "twice as likely",
// "more than double". Read as a number of times (unit "times"); "three times as many" is a number
// followed by the unit word and needs nothing here.
import { isAdjacent, isSymbol, isWord, numeralValue, type Token } from './tokenize'

const VERBS: Record<string, number> = {
  doubled: 2, doubles: 2, doubling: 2, tripled: 3, triples: 3, tripling: 3, trebled: 3,
  quadrupled: 4, quadruples: 4, quadrupling: 4, halved: 0.5, halves: 0.5, halving: 0.5,
}
/** "double" and "triple" are adjectives as often ("a double murder"): numbers only as here. */
const BARE: Record<string, number> = { double: 2, triple: 3, twice: 2 }
const FOLDS: Record<string, number> = {
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8,
  ninefold: 9, tenfold: 10, hundredfold: 100,
}
/** What follows "double", "triple" or "twice" when they state a multiple: "twice as likely", "double the". */
const AFTER_BARE = new Set(['as', 'the', 'that', 'its', 'their', 'what', 'his', 'her', 'our'])

export type Multiple = { value: number; next: number }

/** A multiple starting at token i; `isQualified` when "more than", "almost"… comes before it. */
export function readMultiple(tokens: Token[], i: number, isQualified: boolean): Multiple | null {
  const token = tokens[i]
  if (token?.kind === 'number' && isSymbol(tokens[i + 1], '-') && isWord(tokens[i + 2], 'fold') && isAdjacent(token, tokens[i + 1])) {
    return { value: numeralValue(token), next: i + 3 }
  }
  if (token?.kind !== 'word') return null
  const verb = VERBS[token.lower] ?? FOLDS[token.lower]
  if (verb !== undefined) return { value: verb, next: i + 1 }
  const bare = BARE[token.lower]
  const isNumber = isQualified || AFTER_BARE.has(tokens[i + 1]?.lower ?? '') || isWord(tokens[i - 1], 'to', 'will', 'would', 'could')
  return bare !== undefined && isNumber && !isSymbol(tokens[i + 1], '-') ? { value: bare, next: i + 1 } : null
}
