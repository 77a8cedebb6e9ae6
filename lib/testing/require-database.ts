// vitest's global setup: the unit tests include database tests, and those must never pass by
// skipping. Without DATABASE_URL the run stops at once and says how to run them; `npm test --
// --unit` starts a throwaway database and passes its address.
export default function requireDatabase() {
  if (process.env.DATABASE_URL) return
  throw new Error('The unit tests need a database. Run them with `npm test -- --unit [files]`, which starts a throwaway PostgreSQL for them.')
}
