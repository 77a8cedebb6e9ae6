// How worth checking one sentence is (issue 14): the sum of the weights of the features it shows,
// from the table below. The importer offers a reviewer the sentences that state something checkable,
// best first (lib/import/find-suggestions.ts). Plain patterns, no model: a 1.5 MB article scores in
// milliseconds. The words each feature looks for are in check-worthy-words.ts.
import {
  ACRONYM,
  ATTRIBUTION,
  BODY,
  BOILERPLATE,
  BYLINE,
  CAPTION_LINE,
  CAUSAL,
  CHANGE,
  COMPARISON,
  DATE,
  FEELING,
  FINDING,
  FIRST_PERSON,
  HEDGE,
  INSTRUCTION,
  NOT_A_NAME,
  OPINION,
  PREDICTION,
  QUESTION,
  SENTENCE_END,
  SUPERLATIVE,
} from './check-worthy-words'

/** Shorter sentences are captions, datelines and headings more often than claims. */
export const MIN_SENTENCE_WORDS = 6
/** Longer "sentences" are usually lists or tables the segmenter could not split. */
export const MAX_SENTENCE_LENGTH = 600

/** What the scorer is told about a sentence besides its words. */
export type SentenceContext = {
  /** How many figures findFigures reads in the sentence. */
  figures: number
  /** The line the sentence stands in: a caption's photo credit is on its line. The sentence if left out. */
  line?: string
}

/** A sentence as the features read it, worked out once. */
type Sentence = { text: string; unquoted: string; quoted: string; words: number; figures: number; line: string }

type Feature = {
  name: string
  weight: number
  /** States something a fact-checker could check; a sentence with none of these is not offered. */
  isCheckable: boolean
  /** How many times the sentence shows it (mostly 0 or 1). */
  count: (sentence: Sentence) => number
}

const has = (pattern: RegExp, text: string) => (pattern.test(text) ? 1 : 0)
const upTo = (limit: number, count: number) => Math.max(0, Math.min(limit, count))

const checkable = (name: string, weight: number, count: Feature['count']): Feature => ({ name, weight, isCheckable: true, count })
const other = (name: string, weight: number, count: Feature['count']): Feature => ({ name, weight, isCheckable: false, count })

export const FEATURES: readonly Feature[] = [
  // What a fact-checker checks.
  checkable('figure', 3, (s) => upTo(1, s.figures)),
  checkable('more figures', 1, (s) => upTo(2, s.figures - 1)),
  checkable('comparison', 2, (s) => has(COMPARISON, s.text)),
  checkable('change', 1.5, (s) => has(CHANGE, s.text)),
  checkable('superlative', 1.5, (s) => has(SUPERLATIVE, s.text)),
  checkable('causal claim', 1.5, (s) => has(CAUSAL, s.text)),
  checkable('finding', 1.5, (s) => has(FINDING, s.text)),
  checkable('attribution', 1, (s) => has(ATTRIBUTION, s.text)),
  checkable('named body', 0.75, (s) => upTo(2, namedBodies(s.text))),
  // A date pins a claim down, but is not a claim.
  other('date', 0.5, (s) => has(DATE, s.text)),
  // What a fact-checker does not check.
  other('opinion', -2, (s) => has(OPINION, s.text)),
  other('feeling', -1.5, (s) => has(FEELING, s.text)),
  other('hedge', -1, (s) => has(HEDGE, s.text)),
  // A forecast with a figure is checkable; "will sign the budget" is not.
  other('prediction without a figure', -1.5, (s) => (s.figures === 0 ? has(PREDICTION, s.text) : 0)),
  // Each I, we or our outside quotes, up to three: an appeal or a column, whatever figure it gives.
  other('writer speaking', -1.5, (s) => upTo(3, s.unquoted.match(FIRST_PERSON)?.length ?? 0)),
  other('quote in the first person', -2, (s) => (isQuoteInFirstPerson(s) ? 1 : 0)),
  // A caption is a short line; a long one is not read, so scoring stays linear in the text.
  other('caption', -4, (s) => (s.line.length <= MAX_SENTENCE_LENGTH ? has(CAPTION_LINE, s.line) : 0)),
  other('byline', -3, (s) => has(BYLINE, s.text)),
  other('heading', -3, (s) => 1 - has(SENTENCE_END, s.text)),
  other('instruction', -2, (s) => has(INSTRUCTION, s.text)),
  other('short', -1, (s) => (s.words < 10 ? 1 : 0)),
  other('long', -1, (s) => (s.words > 60 ? 1 : 0)),
]

/** Sentences never offered, whatever else they say. */
const EXCLUSIONS: ReadonlyArray<{ name: string; applies: (sentence: Sentence) => boolean }> = [
  { name: 'question', applies: (s) => QUESTION.test(s.text) },
  { name: 'boilerplate', applies: (s) => BOILERPLATE.test(s.text) },
  { name: 'too short', applies: (s) => s.words < MIN_SENTENCE_WORDS },
  { name: 'too long', applies: (s) => s.text.length > MAX_SENTENCE_LENGTH },
]

export type CheckWorthiness = {
  /** Higher is more worth checking; 0 or less is never offered (an excluded sentence scores 0). Rounded to 2 decimals. */
  score: number
  /** Whether the importer offers the sentence: it states something checkable and nothing excludes it. */
  isOffered: boolean
  /** The features it shows and the exclusions that apply, by name: why it scored as it did. */
  reasons: string[]
}

export function scoreSentence(text: string, context: SentenceContext): CheckWorthiness {
  const sentence = readSentence(text, context)
  const exclusions = EXCLUSIONS.filter((exclusion) => exclusion.applies(sentence)).map((exclusion) => exclusion.name)
  // An excluded sentence is never offered, so its features are not worth reading.
  if (exclusions.length > 0) return { score: 0, isOffered: false, reasons: exclusions }
  let score = 0
  let isCheckable = false
  const reasons: string[] = []
  for (const feature of FEATURES) {
    const count = feature.count(sentence)
    if (count === 0) continue
    score += feature.weight * count
    isCheckable ||= feature.isCheckable
    reasons.push(count === 1 ? feature.name : `${feature.name} ×${count}`)
  }
  score = Math.round(score * 100) / 100
  return { score, isOffered: isCheckable && score > 0, reasons }
}

/** Best first; equal scores in text order. */
export function byCheckWorthiness(a: { score: number; start: number }, b: { score: number; start: number }): number {
  return b.score - a.score || a.start - b.start
}

/** A word: a run of non-spaces with a letter or digit in it. */
const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu
// Quoted words: a quote that opened in an earlier sentence runs to its closing mark, an unclosed one
// to the end of the sentence.
const QUOTED = /^[^“”]*”|“[^”]*(?:”|$)|"[^"]*(?:"|$)/g

function readSentence(text: string, context: SentenceContext): Sentence {
  const quoted = text.match(QUOTED)?.join(' ') ?? ''
  return {
    text,
    unquoted: text.replace(QUOTED, ' '),
    quoted,
    words: text.match(WORD)?.length ?? 0,
    figures: context.figures,
    line: context.line ?? text,
  }
}

/** Mostly a quote, in the speaker's own voice, stating no figure: "I wish we all had done better." */
function isQuoteInFirstPerson(s: Sentence): boolean {
  return s.figures === 0 && 2 * s.quoted.length > s.text.length && (s.quoted.match(FIRST_PERSON)?.length ?? 0) > 0
}

// Latin letters only, with accents (Unicode property classes are several times slower here): a
// name in another script goes uncounted.
const UPPER = 'A-ZÀ-ÖØ-Þ'
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'
/** A run of capitalised words, joined by small words: "Department of Justice", "Gov. Helen Strand". */
const NAME_RUN = new RegExp(String.raw`[${UPPER}][${LETTER}\d'’.&-]*(?:\s+(?:(?:of|the|and|for|on|&)\s+)*[${UPPER}][${LETTER}\d'’.&-]*)*`, 'g')
const CAPITALISED = new RegExp(`(?<![${LETTER}])[${UPPER}][${LETTER}]{3}`, 'g')
const LONG_WORD = new RegExp(`(?<![${LETTER}])[${LETTER}]{4}`, 'g')

/** Whether `index` opens the sentence, a quote, a bracket or a clause after a colon or dash. */
function opensClause(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && /\s/.test(text[i]!)) i--
  return i < 0 || '.:!?—–“"‘('.includes(text[i]!)
}

/**
 * Runs of capitalised words that name someone or something: "Jeff Sessions", "Department of
 * Justice", "DOJ". A capital that opens the sentence or a quote names nothing unless the run is an
 * acronym, a body or longer than one word; a heading in title case names nothing at all.
 */
function namedBodies(text: string): number {
  const long = text.match(LONG_WORD)?.length ?? 0
  const isTitleCase = long >= 3 && (text.match(CAPITALISED)?.length ?? 0) > 0.6 * long
  if (isTitleCase && !SENTENCE_END.test(text)) return 0
  let names = 0
  for (const match of text.matchAll(NAME_RUN)) {
    const run = match[0].replace(/[’']s$|[.’']+$/, '').split(/\s+/)
    // "The", "In", "May" and the like start no name: "The Washington Post" is "Washington Post".
    const first = run.findIndex((word) => !NOT_A_NAME.has(word))
    if (first === -1) continue
    const words = run.slice(first)
    const isOpening = first === 0 && opensClause(text, match.index)
    if (!isOpening || words.length > 1 || ACRONYM.test(words[0]!) || BODY.test(words[0]!)) names++
  }
  return names
}
