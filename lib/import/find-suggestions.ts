import { findFigures, type ParsedFigure, type ReadingContext } from '../figures'
import { distinctFigures } from './distinct-figures'
import { splitSentences, type Span } from './split-sentences'

/** Mirrors the Prisma `SuggestionKind` enum; keep the names identical. */
export type SuggestionKind = 'FIGURE' | 'CHECK_WORTHY'

/** Something for a reviewer to accept or dismiss; `text.slice(start, end) === exact`. */
export type Suggestion = {
  kind: SuggestionKind
  start: number
  end: number
  exact: string
  /** FIGURE only: the parsed figure, plain JSON, to pre-fill the figure form. */
  figure?: ParsedFigure
}

/** Shorter sentences are captions, datelines and headings more often than claims. */
export const MIN_SENTENCE_WORDS = 6
/** Longer "sentences" are usually lists or tables the segmenter could not split. */
export const MAX_SENTENCE_LENGTH = 600

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December'
/** Comparisons, superlatives and changes: "fewer ... than", "highest", "since at least 2001". */
const COMPARISON = new RegExp(
  String.raw`\b(?:(?:more|fewer|less|greater|higher|lower|larger|smaller|bigger)\s+than|` +
    String.raw`highest|lowest|largest|smallest|biggest|fewest|the\s+most|majority|record\s+(?:high|low|number)|` +
    String.raw`since\s+(?:at\s+least\s+)?(?:\d{4}|${MONTH})|(?:doubl|tripl|halv)(?:ed|es|ing)|` +
    String.raw`increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|rose|risen|fell|` +
    String.raw`(?:jump|spik|surg|soar|plummet|plung|dropp|drop)(?:ed|es|s|ing)?|grew|outnumber(?:ed|s)?)\b`,
  'i',
)
/** Attributed statements of fact: someone said, reported or found it. */
const ATTRIBUTION =
  /\b(?:said|says|according\s+to|report(?:ed|s)|found|finds|conclud(?:ed|es)|estimat(?:ed|es)|show(?:s|ed|n)?|told|stated|announced|warned|testified|wrote|confirmed|acknowledged|claimed)\b/i
const QUESTION = /\?["'”’)\]]*$/
const WORD = /[\p{L}\p{N}]/u

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => WORD.test(word)).length
}

function isCheckWorthy(sentence: string, hasFigure: boolean): boolean {
  if (sentence.length > MAX_SENTENCE_LENGTH || QUESTION.test(sentence)) return false
  if (wordCount(sentence) < MIN_SENTENCE_WORDS) return false
  return hasFigure || COMPARISON.test(sentence) || ATTRIBUTION.test(sentence)
}

/**
 * What the importer offers a reviewer in a new snapshot: every figure (FIGURE, from findFigures;
 * one stated twice, once) and every sentence worth checking (CHECK_WORTHY): one that states a figure, a comparison or
 * change, or an attributed fact, and is neither a question nor very short or very long.
 * Sorted by start, a sentence before the figures inside it.
 */
export function findSuggestions(text: string, context: ReadingContext = {}): Suggestion[] {
  const figures = findFigures(text, context)
  const suggestions: Suggestion[] = distinctFigures(figures).map(({ start, end, ...figure }) => ({
    kind: 'FIGURE',
    start,
    end,
    exact: text.slice(start, end),
    figure,
  }))
  // Sentences and figures both come in text order, so one pass over the figures serves all.
  let next = 0
  const hasFigureIn = ({ start, end }: Span): boolean => {
    let figure = figures[next]
    while (figure !== undefined && figure.end <= start) figure = figures[++next]
    return figure !== undefined && figure.start < end
  }
  for (const span of splitSentences(text)) {
    const exact = text.slice(span.start, span.end)
    if (isCheckWorthy(exact, hasFigureIn(span))) suggestions.push({ kind: 'CHECK_WORTHY', ...span, exact })
  }
  return suggestions.sort((a, b) => a.start - b.start || b.end - a.end)
}
