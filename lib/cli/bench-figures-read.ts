// Run by `npm run bench:figures` with DATABASE_URL set to its throwaway database: times the reads
// behind the busiest quantity's pages and API answer, called directly (no HTTP, no page cache),
// and prints one JSON line: { label: [ms, ...] }. A process of its own because the reads use the
// app's shared client, which takes its database from the environment.
import { getApiQuantity } from '../data/public/api'
import { getQuantityPage } from '../data/public/quantities'
import { PUBLIC_VIEWER } from '../data/public/viewer'
import { getQuantity } from '../data/workspace/quantities'
import { time } from './bench-helpers'

const [slug, id, rounds = '5'] = process.argv.slice(2)
if (!slug || !id) throw new Error('usage: bench-figures-read <slug> <quantity id> [rounds]')
const editor = { id: 'bench', email: 'bench@example.org', name: 'Bench', role: 'EDITOR' } as const

const reads: Record<string, () => Promise<unknown>> = {
  getQuantityPage: () => getQuantityPage(PUBLIC_VIEWER, slug),
  getQuantity: () => getQuantity(editor, id),
  getApiQuantity: () => getApiQuantity(PUBLIC_VIEWER, slug),
}
const results: Record<string, { ms: number[]; bytes: number }> = {}
for (const [label, read] of Object.entries(reads)) {
  const durations: number[] = []
  let bytes = 0
  for (let i = 0; i < Number(rounds); i++) {
    const [value, duration] = await time(read)
    durations.push(duration)
    bytes = JSON.stringify(value).length
    // Progress on stderr (the parent passes it through), so a slow read is seen while it runs.
    console.error(`[bench] ${label} round ${i + 1}: ${Math.round(duration)} ms, ${Math.round(bytes / 1024)} KB`)
  }
  results[label] = { ms: durations, bytes }
}
console.log(JSON.stringify(results))
process.exit(0)
