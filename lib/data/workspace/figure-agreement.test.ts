// Stored figures against their words, on the seeded database: the seed has none that disagree
// without a reason, and one written around the app's check is found, with its reading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CurrentUser } from '../../auth/session'
import { connectDb } from '../../db'
import { listFiguresDisagreeingWithWords } from './figure-agreement'

describe('listFiguresDisagreeingWithWords', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  let reviewer: CurrentUser
  let quantityId = ''

  beforeAll(async () => {
    const user = await db.user.create({ data: { email: `agreement-${stamp}@example.org`, name: `Agreement ${stamp}`, role: 'REVIEWER', passwordHash: 'unusable' } })
    reviewer = { id: user.id, email: user.email, name: user.name, role: user.role }
    quantityId = (await db.quantity.create({ data: { slug: `agreement-test-${stamp}`, name: `Agreement test ${stamp}`, unit: 'parents' } })).id
  })
  afterAll(async () => {
    await db.figure.deleteMany({ where: { quantityId } })
    await db.quantity.delete({ where: { id: quantityId } })
    await db.user.update({ where: { id: reviewer.id }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('finds no seeded figure that disagrees with its words without a reason', async () => {
    expect(await db.figure.count()).toBeGreaterThan(10)
    expect(await listFiguresDisagreeingWithWords(reviewer)).toEqual([])
  })

  it('lists a stored figure that disagrees with its words until it gives a reason', async () => {
    const quote = await db.quote.findFirstOrThrow({ where: { exact: 'At least 545 parents' }, select: { id: true } })
    const figure = await db.figure.create({ data: { quantityId, quoteId: quote.id, qualifier: 'EXACT', value: 2000, low: 2000, high: 2000, unit: 'parents' }, select: { id: true } })
    expect(await listFiguresDisagreeingWithWords(reviewer)).toEqual([
      {
        id: figure.id,
        quantity: { id: quantityId, name: `Agreement test ${stamp}` },
        quote: { id: quote.id, exact: 'At least 545 parents' },
        problem: 'Disagrees with its words: “2,000 parents” is entered, but the quoted words read as: at least 545 parents (the number, qualifier and bounds differ). Give a reason or correct it.',
      },
    ])
    await db.figure.update({ where: { id: figure.id }, data: { derivation: 'made up for the test' } })
    expect(await listFiguresDisagreeingWithWords(reviewer)).toEqual([])
  })
})
