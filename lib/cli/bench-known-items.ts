// Known-item search for the benchmarks (`npm run bench`, `npm run bench:relevance`): each query
// searched once, cold (after one search that connects), as a visitor would, and where its claim
// came on the first page. Imported only once DATABASE_URL names the benchmark's database: the
// app's client reads it at import.
import { performance } from 'node:perf_hooks'
import { type KnownItemQuery, type Ranked, rankOf } from '../search/evaluation/relevance'

/** A known-item query's rank, and how long its one search took. */
export type RankedTimed = Ranked & { ms: number }

export async function rankKnownItems(queries: KnownItemQuery[]): Promise<RankedTimed[]> {
  const { search } = await import('../data/public/search')
  const { PUBLIC_VIEWER } = await import('../data/public/viewer')
  const { searchParamsSchema } = await import('../validations/search')
  // The first search connects to the database: not a visitor's wait, so not timed.
  await search(PUBLIC_VIEWER, searchParamsSchema.parse({ q: 'claim' }))
  const ranked: RankedTimed[] = []
  for (const query of queries) {
    const started = performance.now()
    const results = await search(PUBLIC_VIEWER, searchParamsSchema.parse({ q: query.q }))
    ranked.push({ ...query, ms: performance.now() - started, rank: rankOf(results.claims.map((claim) => claim.slug), query.slug) })
  }
  return ranked
}
