import type { Token } from './tokenize'
import type { FigureQualifier } from './types'
import { tidy } from './number-words'

/** "about 70,000" means 66,500..73,500: reporters round to about two significant figures. */
export const ABOUT_TOLERANCE = 0.05
/** "nearly/almost 60" means just under: 54..60. */
export const NEARLY_TOLERANCE = 0.1

/** ABOUT comes in two flavours: either side of the number, or just under it. */
export type Qualifier = { qualifier: FigureQualifier; isJustUnder: boolean }

type Phrase = { words: string[] } & Qualifier

function phrases(qualifier: FigureQualifier, list: string[], isJustUnder = false): Phrase[] {
  return list.map((p) => ({ words: p.split(' '), qualifier, isJustUnder }))
}

// Longest first, so "no more than" wins over "more than".
const PREFIXES: Phrase[] = [
  ...phrases('AT_LEAST', ['at least', 'no less than', 'no fewer than', 'not less than',
    'not fewer than', 'a minimum of', '≥']),
  ...phrases('MORE_THAN', ['more than', 'greater than', 'in excess of', 'upwards of', 'just over',
    'well over', 'over', 'above', 'exceeding', 'longer than', 'later than', '>']),
  ...phrases('AT_MOST', ['at most', 'no more than', 'not more than', 'up to', 'a maximum of',
    'within', 'no later than', 'no longer than', '≤']),
  ...phrases('FEWER_THAN', ['fewer than', 'less than', 'under', 'below', 'shorter than', '<']),
  ...phrases('ABOUT', ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated',
    'estimated', 'circa', '~', '≈']),
  ...phrases('ABOUT', ['nearly', 'almost', 'close to', 'just under', 'just shy of'], true),
].sort((a, b) => b.words.length - a.words.length)

// "545 or more parents", "three days or so".
const SUFFIXES: Phrase[] = [
  ...phrases('AT_LEAST', ['or more', '+']),
  ...phrases('AT_MOST', ['or fewer', 'or less']),
  ...phrases('ABOUT', ['or so']),
]

function matchAt(tokens: Token[], i: number, list: Phrase[]): (Qualifier & { next: number }) | null {
  for (const phrase of list) {
    const isMatch = phrase.words.every((word, k) => tokens[i + k]?.lower === word)
    if (isMatch) {
      return { qualifier: phrase.qualifier, isJustUnder: phrase.isJustUnder, next: i + phrase.words.length }
    }
  }
  return null
}

export function matchPrefixQualifier(tokens: Token[], i: number) {
  return matchAt(tokens, i, PREFIXES)
}

export function matchSuffixQualifier(tokens: Token[], i: number) {
  return matchAt(tokens, i, SUFFIXES)
}


/** The bounds a qualified number implies; see ParsedFigure for which bounds are exclusive. */
export function boundsFor(
  { qualifier, isJustUnder }: Qualifier,
  value: number,
): { low: number | null; high: number | null } {
  switch (qualifier) {
    case 'AT_LEAST':
    case 'MORE_THAN':
      return { low: value, high: null }
    case 'AT_MOST':
    case 'FEWER_THAN':
      return { low: null, high: value }
    case 'ABOUT':
      return isJustUnder
        ? { low: tidy(value * (1 - NEARLY_TOLERANCE)), high: value }
        : { low: tidy(value * (1 - ABOUT_TOLERANCE)), high: tidy(value * (1 + ABOUT_TOLERANCE)) }
    case 'EXACT':
    case 'RANGE':
      return { low: value, high: value }
  }
}
