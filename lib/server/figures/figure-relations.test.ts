// Figure relations against the seeded database: the seed's figures come with their relations, a
// figure added at the same period with a value outside the others' is a conflict, and changing a
// figure recomputes its relations (and only its relations), dropping a resolution it invalidates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import { refreshFigureRelations, refreshQuantityRelations } from './figure-relations'

const PARENTS = 'parents-of-separated-children-not-located'

describe('figure relations store', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const made: string[] = []
  let quantityId = ''
  let quoteId = ''

  const relationsOfQuantity = () =>
    db.figureRelation.findMany({
      where: { quantityId },
      select: { id: true, kind: true, isComparable: true, earlierId: true, resolution: true, figureA: { select: { value: true, unit: true } }, figureB: { select: { value: true, unit: true } } },
    })

  async function addFigure(value: number, periodStart: string, periodEnd: string) {
    return db.$transaction(async (tx) => {
      const figure = await tx.figure.create({
        data: { quantityId, quoteId, qualifier: 'EXACT', value, low: value, high: value, unit: 'children', periodStart: new Date(periodStart), periodEnd: new Date(periodEnd) },
        select: { id: true },
      })
      made.push(figure.id)
      return { id: figure.id, ...(await refreshFigureRelations(tx, figure.id)) }
    })
  }

  beforeAll(async () => {
    const quantity = await db.quantity.findUniqueOrThrow({ where: { slug: PARENTS }, select: { id: true, figures: { take: 1, select: { quoteId: true } } } })
    quantityId = quantity.id
    quoteId = quantity.figures[0]!.quoteId
  })
  afterAll(async () => {
    await db.figure.deleteMany({ where: { id: { in: made } } })
    await db.$disconnect()
  })

  it('seeds 545 parents (October 2020) and 611 children (January 2021) as a later figure, not a conflict', async () => {
    const [relation] = await relationsOfQuantity()
    expect(relation).toMatchObject({ kind: 'UPDATE', isComparable: false })
    const earlier = await db.figure.findUniqueOrThrow({ where: { id: relation!.earlierId! }, select: { value: true, unit: true } })
    expect(earlier.value?.toNumber()).toBe(545)
    expect(earlier.unit).toBe('parents')
  })

  it('gives every seeded quantity with two or more figures a relation for each pair', async () => {
    const quantities = await db.quantity.findMany({ select: { _count: { select: { figures: true, relations: true } } } })
    for (const { _count } of quantities) expect(_count.relations).toBe((_count.figures * (_count.figures - 1)) / 2)
  })

  it('finds a conflict when a figure for January 2021 does not overlap 611 children, and reopens it when the figure changes', async () => {
    const added = await addFigure(700, '2021-01-01', '2021-01-31')
    expect(added.conflicts).toBe(1)
    const conflict = await db.figureRelation.findFirstOrThrow({ where: { quantityId, kind: 'CONFLICT' }, select: { id: true } })
    await db.figureRelation.update({ where: { id: conflict.id }, data: { resolution: 'CONFIRMED_DISAGREEMENT', resolutionNote: 'Two filings', resolvedAt: new Date() } })

    await db.figure.update({ where: { id: added.id }, data: { value: 611, low: 611, high: 611 } })
    const refreshed = await db.$transaction((tx) => refreshFigureRelations(tx, added.id))
    expect(refreshed).toMatchObject({ conflicts: 0, reopened: 1 })
    const kinds = (await relationsOfQuantity()).map((relation) => relation.kind).sort()
    expect(kinds).toEqual(['CONSISTENT', 'UPDATE', 'UPDATE'])
  })

  it('recomputes a whole quantity to the same relations as figure-by-figure', async () => {
    const before = (await relationsOfQuantity()).map(({ kind, isComparable, earlierId }) => ({ kind, isComparable, earlierId }))
    await db.$transaction((tx) => refreshQuantityRelations(tx, quantityId))
    const after = (await relationsOfQuantity()).map(({ kind, isComparable, earlierId }) => ({ kind, isComparable, earlierId }))
    const order = (list: typeof before) => list.map((item) => JSON.stringify(item)).sort()
    expect(order(after)).toEqual(order(before))
  })
})
