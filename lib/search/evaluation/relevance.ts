// Scoring known-item search (issue 17): each query has one claim it should find; its rank is where
// that claim came in the results (1-based), or null when it was not on the page. Recall at k is the
// share of queries whose claim came in the first k; the mean reciprocal rank averages 1/rank (0 for
// a miss). No database here: the benchmark and the tests give the ranks.
import knownItems from './known-items.json'

export type KnownItemQuery = { slug: string; kind: string; q: string }

/** Every hand-written query, with the claim it should find. */
export const KNOWN_ITEM_QUERIES: KnownItemQuery[] = Object.entries(knownItems.claims).flatMap(([slug, queries]) => queries.map(({ kind, q }) => ({ slug, kind, q })))

export type Ranked = KnownItemQuery & { rank: number | null }

export type Relevance = { queries: number; recallAt1: number; recallAt10: number; meanReciprocalRank: number }

/** The rank of `slug` among `found` (1-based), or null when it is not there. */
export function rankOf(found: string[], slug: string): number | null {
  const at = found.indexOf(slug)
  return at === -1 ? null : at + 1
}

export function relevance(ranked: Ranked[]): Relevance {
  const share = (hits: number) => (ranked.length === 0 ? 0 : hits / ranked.length)
  return {
    queries: ranked.length,
    recallAt1: share(ranked.filter((query) => query.rank === 1).length),
    recallAt10: share(ranked.filter((query) => query.rank !== null && query.rank <= 10).length),
    meanReciprocalRank: share(ranked.reduce((sum, query) => sum + (query.rank ? 1 / query.rank : 0), 0)),
  }
}

/** The same figures for each kind of query ("typo", "number" …), kinds in order of name. */
export function relevanceByKind(ranked: Ranked[]): Array<[kind: string, figures: Relevance]> {
  const kinds = [...new Set(ranked.map((query) => query.kind))].sort()
  return kinds.map((kind) => [kind, relevance(ranked.filter((query) => query.kind === kind))])
}
