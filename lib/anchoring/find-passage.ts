// The keyboard way to select a passage: type its words. Exact words are found with
// findUniqueQuote; failing that, the search forgives what a keyboard can't easily type (curly
// quotes, dashes, line breaks, capitals). Either way the words must occur exactly once.
import { findUniqueQuote, QuoteLookupError } from '.'
import type { TextRange } from './selection-offsets'

export type PassageSearch = { ok: true; range: TextRange } | { ok: false; message: string }

const LOOSE: Array<[RegExp, string]> = [
  [/["“”„]/, '["“”„]'],
  [/['‘’`]/, "['‘’`]"],
  [/[-‐‑–—]/, '[-‐‑–—]'],
]

function looseCharacter(char: string): string {
  for (const [pattern, loose] of LOOSE) if (pattern.test(char)) return loose
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** A pattern for the words that ignores case, quote and dash styles, and how spaces are typed. */
function loosePattern(words: string): RegExp {
  const parts = words.trim().split(/\s+/).map((word) => [...word].map(looseCharacter).join(''))
  return new RegExp(parts.join('\\s+'), 'giu')
}

export function findPassage(text: string, words: string): PassageSearch {
  const typed = words.trim()
  if (typed.length < 2) return { ok: false, message: 'Type at least two characters of the passage.' }
  try {
    return { ok: true, range: findUniqueQuote(text, typed) }
  } catch (error) {
    if (!(error instanceof QuoteLookupError)) throw error
    if (error.reason === 'AMBIGUOUS') return ambiguous(error.count)
  }
  const matches = [...text.matchAll(loosePattern(typed))]
  if (matches.length === 0) return { ok: false, message: 'These words are not in the text. Copy them from the text, or type fewer of them.' }
  if (matches.length > 1) return ambiguous(matches.length)
  const [match] = matches
  return { ok: true, range: { start: match!.index, end: match!.index + match![0].length } }
}

function ambiguous(count: number): PassageSearch {
  return { ok: false, message: `These words appear ${count} times. Type more of the passage so that it is found once.` }
}
