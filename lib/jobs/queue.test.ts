// The job queue against the real database: a job sent in a transaction exists exactly when the
// transaction commits; two workers never run the same job; a failing job is retried and says why.
import PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../db'
import { closeQueue, JOBS, openQueue, sendJob } from './queue'

const url = process.env.DATABASE_URL!

describe('the job queue', () => {
  const db = connectDb(url)
  let boss: PgBoss
  const extra: PgBoss[] = []
  const queue = `test-${process.pid}-${Date.now()}`
  beforeAll(async () => {
    boss = await openQueue(url)
    await boss.createQueue(queue, { name: queue, retryLimit: 2, retryDelay: 1, retryBackoff: false })
  })
  afterAll(async () => {
    // pg-boss keeps failed jobs, which hold their queue: remove them first.
    await db.$executeRawUnsafe('DELETE FROM pgboss.job WHERE name = $1', queue)
    await boss.deleteQueue(queue)
    for (const other of extra) await other.stop({ graceful: false })
    await closeQueue()
    await db.$disconnect()
  })

  it('creates every kind of job’s queue', async () => {
    const names = (await boss.getQueues()).map((q) => q.name)
    for (const job of Object.values(JOBS)) expect(names).toContain(job.name)
  })

  it('queues a job with the transaction that sends it, and not when it rolls back', async () => {
    const committed = await db.$transaction((tx) => sendJob(tx, boss, queue as never, { n: 1 }))
    expect(committed).toMatch(/^[0-9a-f-]{36}$/)
    expect((await boss.getJobById(queue, committed!))?.data).toEqual({ n: 1 })

    let rolledBack: string | null = null
    await expect(db.$transaction(async (tx) => {
      rolledBack = await sendJob(tx, boss, queue as never, { n: 2 })
      throw new Error('the write failed')
    })).rejects.toThrow('the write failed')
    expect(rolledBack).toMatch(/^[0-9a-f-]{36}$/)
    expect(await boss.getJobById(queue, rolledBack!)).toBeNull()
    await boss.deleteJob(queue, committed!)
  })

  it('gives each job to one worker when two work the queue', async () => {
    const second = new PgBoss({ connectionString: url, schema: 'pgboss', migrate: false, supervise: false, schedule: false })
    extra.push(second)
    await second.start()
    const ran: string[] = []
    const jobs = 40
    await boss.insert(Array.from({ length: jobs }, (_, n) => ({ name: queue, data: { n } })))
    const handler = (who: string) => async ([job]: PgBoss.Job<{ n: number }>[]) => {
      ran.push(`${who}:${job!.data.n}`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await boss.work(queue, { pollingIntervalSeconds: 0.5 }, handler('a'))
    await second.work(queue, { pollingIntervalSeconds: 0.5 }, handler('b'))
    await expect.poll(() => ran.length, { timeout: 20_000, interval: 100 }).toBe(jobs)
    const numbers = ran.map((entry) => Number(entry.split(':')[1])).sort((x, y) => x - y)
    expect(numbers).toEqual(Array.from({ length: jobs }, (_, n) => n))
    await boss.offWork(queue)
    await second.offWork(queue)
  }, 30_000)

  it('retries a failing job, then keeps it failed with the reason', async () => {
    let attempts = 0
    const id = await boss.send(queue, { fails: true })
    await boss.work(queue, { pollingIntervalSeconds: 0.5 }, async () => {
      attempts += 1
      throw new Error('the page did not answer')
    })
    await expect.poll(async () => (await boss.getJobById(queue, id!))?.state, { timeout: 20_000, interval: 200 }).toBe('failed')
    expect(attempts).toBe(3)
    const job = await boss.getJobById(queue, id!)
    expect(JSON.stringify(job?.output)).toContain('the page did not answer')
    await boss.offWork(queue)
  }, 30_000)
})
