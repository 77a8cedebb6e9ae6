// STAND-IN until feat/search's synthetic corpus is merged: the demo seed, whatever the size asked.
// Same signature as the real one, so lib/cli/bench-site.ts does not change when it lands.
import type { Db } from '../db'
import { seed } from '../../prisma/seed/seed'

export type CorpusSize = { claims: number; sources: number; figures: number }
export type CorpusOptions = { log?: (line: string) => void }

export async function buildSyntheticCorpus(db: Db, _size: CorpusSize, { log = () => {} }: CorpusOptions = {}): Promise<CorpusSize> {
  const report = await seed(db, { demoAccounts: false, demoPassword: 'unusable-bench-password', log })
  return { claims: report.claims, sources: report.sources, figures: report.figures }
}
