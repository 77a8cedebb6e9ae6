// `npm run db:migrate`: applies pending migrations (npm start does this too).
import { migrate } from './migrate'
import { openDatabase } from './database'

const database = await openDatabase(console.log)
try {
  const applied = await migrate(database.url, console.log)
  if (applied.length === 0) console.log('The database is up to date.')
} finally {
  await database.close()
}
