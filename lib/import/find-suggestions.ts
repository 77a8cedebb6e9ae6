import { findFigures, type FoundFigure, type ParsedFigure, type ReadingContext } from '../figures'
import { scoreSentence } from './check-worthiness'
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
  /** CHECK_WORTHY only: how worth checking the sentence is (check-worthiness.ts); higher first. */
  score?: number
}

/**
 * What the importer offers a reviewer in a new snapshot: every figure (FIGURE, from findFigures;
 * one stated twice, once) and every sentence that states something checkable (CHECK_WORTHY), with
 * its score: figures, comparisons, changes, causal claims, findings, attributions, named bodies,
 * less what a fact-checker does not check (scoreSentence). Questions, boilerplate and sentences
 * scoring 0 or less are not offered. Sorted by start, a sentence before the figures inside it;
 * rank the sentences with byCheckWorthiness.
 */
export function findSuggestions(text: string, context: ReadingContext = {}): Suggestion[] {
  const figures = findFigures(text, context)
  const suggestions = figureSuggestions(text, figures)
  // Sentences, lines and figures all come in text order, so one pass over each serves all.
  let next = 0
  const figuresIn = ({ start, end }: Span): number => {
    while (figures[next] !== undefined && figures[next]!.end <= start) next++
    let count = 0
    while (figures[next + count] !== undefined && figures[next + count]!.start < end) count++
    return count
  }
  let line: Span = { start: 0, end: -1 }
  const lineOf = ({ start }: Span): string => {
    while (line.end < start) {
      const lineStart = line.end + 1
      const newline = text.indexOf('\n', lineStart)
      line = { start: lineStart, end: newline === -1 ? text.length : newline }
    }
    return text.slice(line.start, line.end)
  }
  for (const span of splitSentences(text)) {
    const exact = text.slice(span.start, span.end)
    const { score, isOffered } = scoreSentence(exact, { figures: figuresIn(span), line: lineOf(span) })
    if (isOffered) suggestions.push({ kind: 'CHECK_WORTHY', ...span, exact, score })
  }
  return suggestions.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The FIGURE suggestions alone: what changes when the source's date does ("last year"). */
export function findFigureSuggestions(text: string, context: ReadingContext = {}): Suggestion[] {
  return figureSuggestions(text, findFigures(text, context))
}

function figureSuggestions(text: string, figures: FoundFigure[]): Suggestion[] {
  return distinctFigures(figures).map(({ start, end, ...figure }) => ({ kind: 'FIGURE', start, end, exact: text.slice(start, end), figure }))
}
