import { connectDb } from '../db'
import { env } from '../env'
import { migrate } from './migrate'
import { quantitiesWithoutRelations, refreshQuantityRelations } from '../server/figures/figure-relations'
import { fillSearchWords, isSearchWordsMissing } from '../server/search/store-words'
import { seed } from '../../prisma/seed/seed'

/** Applies pending migrations, then seeds the corpus if the knowledge base is empty (first run). */
export async function prepareDatabase(url: string, { demoAccounts, log }: { demoAccounts: boolean; log: (line: string) => void }) {
  await migrate(url, log)
  const db = connectDb(url)
  try {
    const [sources, claims] = await Promise.all([db.source.count(), db.claim.count()])
    if (sources === 0 && claims === 0) {
      log('First run: seeding the knowledge base …')
      await seed(db, { demoAccounts, demoPassword: env.DEMO_PASSWORD, log })
    }
    // Figures stored before relations were detected (an older database) get theirs once.
    const pending = await quantitiesWithoutRelations(db)
    for (const quantityId of pending) await db.$transaction((tx) => refreshQuantityRelations(tx, quantityId))
    if (pending.length > 0) log(`compared the figures of ${pending.length} quantities`)
    // Published content stored before the search lexicon existed gets its words once.
    if (await isSearchWordsMissing(db)) log(`added ${await fillSearchWords(db)} words to the search lexicon`)
  } finally {
    await db.$disconnect()
  }
}
