// Adding figures through the createFigure action against a real database: two figures added to
// one quantity at once are compared with each other, the rows written by raw SQL carry ids the
// forms accept, every write is audited, and a missing quantity writes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { connectDb } from '../db'
import { createFigure } from './create-figure'

vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

const form = (fields: Record<string, string | number>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value))
  return data
}

describe.skipIf(!process.env.DATABASE_URL)('createFigure', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  let userId = ''
  let snapshot = { id: '', text: '' }
  let quantityId = ''

  /** The fields of a figure quoted from the n-th occurrence of "the" in the DOJ report. */
  const figureFields = (n: number, value: number) => {
    let start = -1
    for (let i = 0; i <= n; i++) start = snapshot.text.indexOf(' the ', start + 1)
    return { snapshotId: snapshot.id, start: start + 1, end: start + 4, quantityId, qualifier: 'EXACT', value, unit: 'children', periodStart: '2021-03-01', periodEnd: '2021-03-31' }
  }

  beforeAll(async () => {
    const user = await db.user.create({ data: { email: `figures-${stamp}@example.org`, name: `Figures ${stamp}`, role: 'REVIEWER', passwordHash: 'unusable' } })
    userId = user.id
    const source = await db.source.findFirstOrThrow({ where: { title: { startsWith: 'DOJ watchdog report' } }, select: { snapshots: { orderBy: { version: 'desc' }, take: 1, select: { id: true, text: true } } } })
    snapshot = source.snapshots[0]!
    quantityId = (await db.quantity.create({ data: { slug: `figures-test-${stamp}`, name: `Figures test ${stamp}`, unit: 'children' } })).id
  })
  afterAll(async () => {
    await db.figure.deleteMany({ where: { createdById: userId } })
    await db.quantity.deleteMany({ where: { OR: [{ id: quantityId }, { name: { contains: stamp } }] } })
    await db.quote.deleteMany({ where: { createdById: userId, appearances: { none: {} }, figures: { none: {} }, evidence: { none: {} } } })
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('compares figures added to one quantity at the same moment with each other', async () => {
    const outcomes = await Promise.all([600, 700, 800, 900].map((value, i) => createFigure.run(userId, form(figureFields(i, value)))))
    for (const outcome of outcomes) expect(outcome).toHaveProperty('redirectTo')
    const relations = await db.figureRelation.findMany({ where: { quantityId }, select: { id: true, kind: true, figureAId: true, figureBId: true } })
    expect(relations).toHaveLength(6)
    expect(relations.every((relation) => relation.kind === 'CONFLICT' && relation.figureAId < relation.figureBId)).toBe(true)
    for (const relation of relations) expect(z.cuid().safeParse(relation.id).success).toBe(true)
  })

  it('audits the quote and the figure it writes', async () => {
    const outcome = await createFigure.run(userId, form(figureFields(10, 650)))
    const figureId = new URL(`http://x${(outcome as { redirectTo: string }).redirectTo}`).searchParams.get('figure')!
    const figure = await db.figure.findUniqueOrThrow({ where: { id: figureId }, select: { quoteId: true } })
    const entries = await db.auditEntry.findMany({ where: { actorId: userId, entityId: { in: [figureId, figure.quoteId] } }, select: { action: true } })
    expect(entries.map((entry) => entry.action).sort()).toEqual(['figure.create', 'quote.create'])
  })

  it('creates a new quantity named in the form, with the figure in it', async () => {
    const outcome = await createFigure.run(userId, form({ ...figureFields(11, 12), quantityId: 'new', quantityName: `New quantity ${stamp}`, unit: 'days' }))
    expect(outcome).toHaveProperty('redirectTo')
    const quantity = await db.quantity.findFirstOrThrow({ where: { name: `New quantity ${stamp}` }, select: { id: true, unit: true, _count: { select: { figures: true } } } })
    expect(quantity).toMatchObject({ unit: 'days', _count: { figures: 1 } })
    expect(await db.auditEntry.count({ where: { action: 'quantity.create', entityId: quantity.id } })).toBe(1)
  })

  it('refuses a quantity that does not exist and writes nothing, not even the quote', async () => {
    const [figures, quotes] = [await db.figure.count(), await db.quote.count()]
    const outcome = await createFigure.run(userId, form({ ...figureFields(12, 1), quantityId: 'cnotaquantity000000000000' }))
    expect(outcome).toMatchObject({ status: 'not-found' })
    expect([await db.figure.count(), await db.quote.count()]).toEqual([figures, quotes])
  })
})
