// Scores a ranking of an article's sentences against the labelled picks of the check-worthiness
// evaluation set (lib/import/check-worthy-evaluation/, its README says how the picks are labelled).
// A ranked sentence is a pick when it covers most of a labelled sentence, or a labelled sentence
// covers most of it, so a sentence split a little differently from the label still counts.
import type { Span } from '../import/split-sentences'

export type LabelledArticle = {
  id: string
  origin: string
  kind: 'news' | 'report'
  title: string
  text: string
  /** The sentences a fact-checker would pick, verbatim, in text order. */
  picks: string[]
}

/** One article's figures: precision among the first 5 and 10 offered, recall among all offered. */
export type ArticleScore = {
  id: string
  sentences: number
  offered: number
  picks: number
  hitsAtFive: number
  hitsAtTen: number
  picksOffered: number
}

/** Where each pick stands in the text (its first occurrence). */
export function pickSpans(article: LabelledArticle): Span[] {
  return article.picks.map((pick) => {
    const start = article.text.indexOf(pick)
    if (start === -1) throw new Error(`${article.id}: a pick is not in the text: "${pick.slice(0, 60)}…"`)
    return { start, end: start + pick.length }
  })
}

const length = (span: Span) => span.end - span.start
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
/** Most of one lies in the other. */
const isSameSentence = (a: Span, b: Span) => 2 * overlap(a, b) > Math.min(length(a), length(b))

/** `ranked` is what the importer offers, best first; `sentences` how many the article has. */
export function scoreArticle(article: LabelledArticle, ranked: Span[], sentences: number): ArticleScore {
  const picks = pickSpans(article)
  const isPick = (sentence: Span) => picks.some((pick) => isSameSentence(pick, sentence))
  const hitsIn = (first: number) => ranked.slice(0, first).filter(isPick).length
  return {
    id: article.id,
    sentences,
    offered: ranked.length,
    picks: picks.length,
    hitsAtFive: hitsIn(5),
    hitsAtTen: hitsIn(10),
    picksOffered: picks.filter((pick) => ranked.some((sentence) => isSameSentence(pick, sentence))).length,
  }
}

/** Precision at k counts k places even when fewer are offered: an empty place is not a pick. */
export const precisionAt = (k: 5 | 10, scores: ArticleScore[]) =>
  sum(scores, (s) => (k === 5 ? s.hitsAtFive : s.hitsAtTen)) / (k * scores.length)

export const recallOfPicks = (scores: ArticleScore[]) => sum(scores, (s) => s.picksOffered) / sum(scores, (s) => s.picks)

function sum(scores: ArticleScore[], value: (score: ArticleScore) => number): number {
  return scores.reduce((total, score) => total + value(score), 0)
}
