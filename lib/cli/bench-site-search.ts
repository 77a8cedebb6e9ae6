// Part of `npm run bench` (lib/cli/bench-site.ts), run as its child with DATABASE_URL set: times
// search(PUBLIC_VIEWER, …) exactly as the search page calls it, through the app's own client, and
// ranks the known-item queries (where each one's claim came on the first page). The queries come as
// JSON in the first argument; the timings and ranks go to standard output as JSON.
import { performance } from 'node:perf_hooks'
import { getDb, getPool } from '../db'
import { search } from '../data/public/search'
import { PUBLIC_VIEWER } from '../data/public/viewer'
import { searchParamsSchema } from '../validations/search'
import type { KnownItemQuery } from '../search/evaluation/relevance'
import { rankKnownItems, type RankedTimed } from './bench-known-items'

export type SearchQuery = { kind: string; q: string; rating?: string }
export type SearchRun = { queries: SearchQuery[]; runs: number; knownItems: KnownItemQuery[] }
export type SearchReport = { timings: SearchTimings[]; ranked: RankedTimed[] }
export type SearchTimings = { kind: string; q: string; rating?: string; durations: number[]; claimTotal: number; isClaimTotalExact: boolean; others: number; hasCloseMatches: boolean }

async function main() {
  const { queries, runs, knownItems } = JSON.parse(process.argv[2]!) as SearchRun
  // Known items first, each searched once and cold, as a visitor would.
  const ranked = await rankKnownItems(knownItems)
  const inputs = queries.map((query) => searchParamsSchema.parse(query))
  const timings: SearchTimings[] = []
  for (const [i, query] of queries.entries()) {
    // Warm-up: the first search connects and plans; its results describe the query.
    const results = await search(PUBLIC_VIEWER, inputs[i]!)
    timings.push({ ...query, durations: [], claimTotal: results.claimTotal, isClaimTotalExact: results.isClaimTotalExact, others: results.sources.length + results.quantities.length, hasCloseMatches: results.hasCloseMatches })
  }
  // Round-robin over the kinds, so a busy moment on the machine touches them all alike.
  for (let run = 0; run < runs; run++) {
    for (const [i, input] of inputs.entries()) {
      const started = performance.now()
      await search(PUBLIC_VIEWER, input)
      timings[i]!.durations.push(performance.now() - started)
    }
  }
  await getDb().$disconnect()
  await getPool().end()
  process.stdout.write(JSON.stringify({ timings, ranked } satisfies SearchReport))
}

await main()
