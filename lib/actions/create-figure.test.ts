// Adding figures through the createFigure action against a real database: two figures added to
// one quantity at once are compared with each other, the rows written by raw SQL carry ids the
// forms accept, every write is audited, and a missing quantity writes nothing. A figure must say
// what its quoted words say, or give the reason it is derived from them, when created or edited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { connectDb } from '../db'
import { createFigure } from './create-figure'
import { updateFigure } from './update-figure'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: () => {} }))

describe('createFigure', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  let userId = ''
  let snapshot = { id: '', text: '' }
  let quantityId = ''

  /** The fields of a figure quoted from the n-th occurrence of "the" in the DOJ report: words with no number, so it needs a reason. */
  const figureFields = (n: number, value: number) => {
    let start = -1
    for (let i = 0; i <= n; i++) start = snapshot.text.indexOf(' the ', start + 1)
    return { snapshotId: snapshot.id, start: start + 1, end: start + 4, quantityId, qualifier: 'EXACT', value, unit: 'children', periodStart: '2021-03-01', periodEnd: '2021-03-31', derivation: 'a test figure, not read from its words' }
  }
  /** A figure quoted from "At least 545 parents", stated as exactly `value` parents unless `extra` says otherwise. */
  const fields545 = (value: number, extra: Record<string, string | number> = {}) => {
    const start = snapshot.text.indexOf('At least 545 parents')
    return { snapshotId: snapshot.id, start, end: start + 'At least 545 parents'.length, quantityId, qualifier: 'EXACT', value, unit: 'parents', ...extra }
  }
  const figureIdOf = (outcome: unknown) => new URL(`http://x${(outcome as { redirectTo: string }).redirectTo}`).searchParams.get('figure')!

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
    const outcomes = await Promise.all([600, 700, 800, 900].map((value, i) => createFigure.run(userId, formData(figureFields(i, value)))))
    for (const outcome of outcomes) expect(outcome).toHaveProperty('redirectTo')
    const relations = await db.figureRelation.findMany({ where: { quantityId }, select: { id: true, kind: true, figureAId: true, figureBId: true } })
    expect(relations).toHaveLength(6)
    expect(relations.every((relation) => relation.kind === 'CONFLICT' && relation.figureAId < relation.figureBId)).toBe(true)
    for (const relation of relations) expect(z.cuid().safeParse(relation.id).success).toBe(true)
  })

  it('audits the quote and the figure it writes', async () => {
    const outcome = await createFigure.run(userId, formData(figureFields(10, 650)))
    const figureId = figureIdOf(outcome)
    const figure = await db.figure.findUniqueOrThrow({ where: { id: figureId }, select: { quoteId: true } })
    const entries = await db.auditEntry.findMany({ where: { actorId: userId, entityId: { in: [figureId, figure.quoteId] } }, select: { action: true } })
    expect(entries.map((entry) => entry.action).sort()).toEqual(['figure.create', 'quote.create'])
  })

  it('creates a new quantity named in the form, with the figure in it', async () => {
    const outcome = await createFigure.run(userId, formData({ ...figureFields(11, 12), quantityId: 'new', quantityName: `New quantity ${stamp}`, unit: 'days' }))
    expect(outcome).toHaveProperty('redirectTo')
    const quantity = await db.quantity.findFirstOrThrow({ where: { name: `New quantity ${stamp}` }, select: { id: true, unit: true, _count: { select: { figures: true } } } })
    expect(quantity).toMatchObject({ unit: 'days', _count: { figures: 1 } })
    expect(await db.auditEntry.count({ where: { action: 'quantity.create', entityId: quantity.id } })).toBe(1)
  })

  it('refuses a quantity that does not exist and writes nothing, not even the quote', async () => {
    const [figures, quotes] = [await db.figure.count(), await db.quote.count()]
    const outcome = await createFigure.run(userId, formData({ ...figureFields(12, 1), quantityId: 'cnotaquantity000000000000' }))
    expect(outcome).toMatchObject({ status: 'not-found' })
    expect([await db.figure.count(), await db.quote.count()]).toEqual([figures, quotes])
  })

  it('refuses a figure that disagrees with its words, shows their reading, and writes nothing', async () => {
    const [figures, quotes] = [await db.figure.count(), await db.quote.count()]
    const outcome = await createFigure.run(userId, formData(fields545(500)))
    expect(outcome).toMatchObject({
      status: 'invalid',
      fieldErrors: {
        value: ['The quoted words read as: at least 545 parents (the number, qualifier and bounds differ).'],
        derivation: [expect.stringContaining('how it is derived from the words')],
      },
      values: { value: '500', unit: 'parents' },
    })
    expect([await db.figure.count(), await db.quote.count()]).toEqual([figures, quotes])
    // Words without a number at all are refused as well.
    const { derivation: _, ...noReason } = figureFields(13, 5)
    expect(await createFigure.run(userId, formData(noReason))).toMatchObject({ status: 'invalid', fieldErrors: { value: ['The quoted words state no number.'] } })
  })

  it('saves a figure that agrees with its words, and a disagreeing one with its reason, audited', async () => {
    const agreeing = await createFigure.run(userId, formData(fields545(545, { qualifier: 'AT_LEAST', low: 545 })))
    expect(await db.figure.findUniqueOrThrow({ where: { id: figureIdOf(agreeing) }, select: { derivation: true } })).toEqual({ derivation: null })
    const derived = await createFigure.run(userId, formData(fields545(1090, { qualifier: 'AT_LEAST', low: 1090, derivation: '  two parents for each of at least 545 children  ' })))
    const figureId = figureIdOf(derived)
    expect(await db.figure.findUniqueOrThrow({ where: { id: figureId }, select: { derivation: true } })).toEqual({ derivation: 'two parents for each of at least 545 children' })
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'figure.create', entityId: figureId }, select: { after: true } })
    expect(entry.after).toMatchObject({ derivation: 'two parents for each of at least 545 children' })
  })

  it('refuses an edit that makes a figure disagree with its words, unless it gives a reason', async () => {
    const figureId = figureIdOf(await createFigure.run(userId, formData(fields545(545, { qualifier: 'AT_LEAST', low: 545 }))))
    const current = async () => db.figure.findUniqueOrThrow({ where: { id: figureId }, select: { value: true, qualifier: true, derivation: true, updatedAt: true } })
    const edit = async (extra: Record<string, string>) =>
      updateFigure.run(userId, formData({ id: figureId, updatedAt: (await current()).updatedAt.toISOString(), qualifier: 'EXACT', value: '2000', low: '', high: '', unit: 'parents', ...extra }))
    expect(await edit({})).toMatchObject({ status: 'invalid', fieldErrors: { value: ['The quoted words read as: at least 545 parents (the number, qualifier and bounds differ).'] } })
    expect(await current()).toMatchObject({ qualifier: 'AT_LEAST', derivation: null })
    expect(await db.auditEntry.count({ where: { action: 'figure.update', entityId: figureId } })).toBe(0)
    expect(await edit({ derivation: 'made up for the test' })).toMatchObject({ status: 'ok' })
    expect(await current()).toMatchObject({ qualifier: 'EXACT', derivation: 'made up for the test' })
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'figure.update', entityId: figureId }, select: { before: true, after: true } })
    expect(entry).toMatchObject({ before: { derivation: null }, after: { derivation: 'made up for the test' } })
  })
})
