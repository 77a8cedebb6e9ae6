// Whether a hyphen at the end of a line splits one word ("pro-" / "secutions": mend it) or joins
// two ("well-" / "known", "U.S.-" / "Mexico": keep it). Typesetting hides the difference, so the
// words decide: the document's own (a compound it also writes with its hyphen on one line stays
// hyphenated; a word it also writes whole is mended), then an English word list.
import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'

let dictionary: Set<string> | null = null

/** The word-list package's 274,000 English words (with their inflections), read on first use. */
function englishWords(): Set<string> {
  dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'))
  return dictionary
}

/** The words of a document, lowercased, as it writes them on one line: 'prosecutions', 'well-known'. */
export function documentWords(lines: string[]): Set<string> {
  const words = new Set<string>()
  for (const line of lines) {
    for (const match of line.matchAll(/\p{L}+(?:[-‐]\p{L}+)*/gu)) words.add(match[0].toLowerCase())
  }
  return words
}

const LETTERS = /^\p{L}+$/u

/**
 * `left` is the last word of a line without its hyphen ("pro", "well", "U.S."), `right` the first
 * word of the next line ("secutions", "known", "Mexico"), both without punctuation. Mended only
 * when both are letters, the second does not start with a capital (a hyphen before a name is a
 * compound's: "U.S.-Mexico", "anti-American") and the word they make is a word: the document
 * writes it so elsewhere, or the word list has it, unless the document also writes the hyphenated
 * compound. A word neither knows keeps its hyphen: a stray hyphen misreads less than two words
 * run together.
 */
export function shouldMend(left: string, right: string, words: Set<string>): boolean {
  if (!LETTERS.test(left) || !LETTERS.test(right)) return false
  if (right[0] !== right[0]!.toLowerCase()) return false
  const joined = `${left}${right}`.toLowerCase()
  if (words.has(`${left}-${right}`.toLowerCase())) return false
  return words.has(joined) || englishWords().has(joined)
}
