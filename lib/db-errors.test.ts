// Real errors from a real driver: a server that is not there, and a read-only transaction.
import { afterAll, describe, expect, it } from 'vitest'
import { connectDb } from './db'
import { isDatabaseUnavailable } from './db-errors'

describe('telling an unavailable database from a bad query', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const nowhere = connectDb('postgresql://claimtrail@127.0.0.1:9/claimtrail')
  afterAll(async () => {
    await db.$disconnect()
    await nowhere.$disconnect()
  })

  const failure = async (work: () => Promise<unknown>) => work().then(() => null, (error: unknown) => error)

  it('knows an unreachable server, through the client and through raw queries', async () => {
    expect(isDatabaseUnavailable(await failure(() => nowhere.user.count()))).toBe(true)
    expect(isDatabaseUnavailable(await failure(() => nowhere.$queryRaw`SELECT 1`))).toBe(true)
  })

  it('knows a read-only database (as during a failover)', async () => {
    const error = await failure(() =>
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SET TRANSACTION READ ONLY`
        await tx.$executeRaw`CREATE TEMP TABLE should_not_exist (id int)`
      }),
    )
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('does not mistake a bad query or a broken rule for an outage', async () => {
    expect(isDatabaseUnavailable(await failure(() => db.$queryRaw`SELECT * FROM no_such_table`))).toBe(false)
    expect(isDatabaseUnavailable(await failure(() => db.user.create({ data: { email: 'x', name: 'x', passwordHash: 'x', role: 'NOT_A_ROLE' as never } })))).toBe(false)
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false)
  })
})
