// `npm run db:seed`: loads the demo corpus; safe to run again, it only adds what is missing.
// Demo accounts are usable on the embedded database, or with SEED_DEMO_ACCOUNTS=true.
import { connectDb } from '../db'
import { env } from '../env'
import { migrate } from './migrate'
import { seed } from '../../prisma/seed/seed'
import { openDatabase } from './database'

const database = await openDatabase(console.log)
const db = connectDb(database.url)
try {
  await migrate(database.url, console.log)
  await seed(db, { demoAccounts: database.isEmbedded || env.SEED_DEMO_ACCOUNTS, demoPassword: env.DEMO_PASSWORD, log: console.log })
} finally {
  await db.$disconnect()
  await database.close()
}
