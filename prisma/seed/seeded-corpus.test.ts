// Checks the seeded database itself: every stored anchor selects its exact words in its snapshot,
// and seeding again changes nothing.
import { afterAll, describe, expect, it } from 'vitest'
import { anchorQuote } from '../../lib/anchoring'
import { connectDb } from '../../lib/db'
import { corpus } from './corpus'
import { seed } from './seed'

const url = process.env.DATABASE_URL

describe('the seeded corpus', () => {
  const db = connectDb(url!)
  afterAll(() => db.$disconnect())

  it('anchors every quote to its exact passage, with matching context', async () => {
    const quotes = await db.quote.findMany({ select: { exact: true, prefix: true, suffix: true, start: true, end: true, snapshot: { select: { text: true } } } })
    expect(quotes.length).toBeGreaterThanOrEqual(corpus.claims.length)
    for (const { snapshot, ...anchor } of quotes) {
      expect(snapshot.text.slice(anchor.start, anchor.end)).toBe(anchor.exact)
      expect(snapshot.text.slice(0, anchor.start).endsWith(anchor.prefix)).toBe(true)
      expect(snapshot.text.slice(anchor.end).startsWith(anchor.suffix)).toBe(true)
      expect(anchorQuote(snapshot.text, anchor)).toMatchObject({ status: 'ANCHORED', start: anchor.start, end: anchor.end })
    }
  })

  it('holds every source, claim and quantity of the corpus', async () => {
    expect(await db.source.count()).toBe(corpus.sources.length)
    expect(await db.claim.count()).toBe(corpus.claims.length)
    expect(await db.quantity.count()).toBe(corpus.quantities.length)
  })

  it('is idempotent: seeding again adds and changes nothing', async () => {
    const before = await db.claim.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, updatedAt: true } })
    const report = await seed(db, { demoAccounts: true, demoPassword: 'irrelevant-here' })
    expect(report).toEqual({ accounts: 0, sources: 0, claims: 0, figures: 0, verdicts: 0 })
    expect(await db.claim.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, updatedAt: true } })).toEqual(before)
  })
})
