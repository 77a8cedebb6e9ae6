// The public lists read page by page (/corrections, /quantities), against the seeded database
// with more than a page of rows added: every row on exactly one page, in the list's order. Other
// test files add and remove rows meanwhile, so rows are judged against what the database held
// both before and after the pages were read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import { CORRECTIONS_PAGE_SIZE, listCorrections } from './corrections'
import { listQuantities, QUANTITY_PAGE_SIZE } from './quantities'
import { PUBLIC_VIEWER } from './viewer'

describe('public lists, page by page', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const slug = `lists-${stamp}`

  /** Every row of `all` appears once; rows present before and after all appear; no row comes from nowhere. */
  function expectEachOnce(all: string[], before: string[], after: string[]) {
    expect(new Set(all).size).toBe(all.length)
    for (const id of before.filter((id) => after.includes(id))) expect(all).toContain(id)
    for (const id of all) expect(before.includes(id) || after.includes(id), id).toBe(true)
  }

  /** Every page of a list, until one says there is no more. */
  async function allPages<T>(read: (page: number) => Promise<{ items: T[]; hasMore: boolean }>): Promise<T[][]> {
    const pages: T[][] = []
    for (let page = 1; ; page++) {
      const { items, hasMore } = await read(page)
      pages.push(items)
      if (!hasMore) return pages
    }
  }

  beforeAll(async () => {
    const author = await db.user.findFirstOrThrow({ select: { id: true } })
    const quote = await db.quote.findFirstOrThrow({ select: { id: true } })
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000)
    // One published claim with CORRECTIONS_PAGE_SIZE + 1 published corrections, a day apart.
    const claim = await db.claim.create({ data: { slug, text: `A claim corrected many times ${stamp}`, publishedAt: day(0) } })
    const verdict = { claimId: claim.id, status: 'PUBLISHED' as const, rating: 'MIXED' as const, rationale: '-', authorId: author.id, lastEditedById: author.id }
    await db.verdict.createMany({
      data: Array.from({ length: CORRECTIONS_PAGE_SIZE + 2 }, (_, i) => ({
        ...verdict,
        revision: i + 1,
        summary: `Revision ${i + 1}`,
        correctionNote: i === 0 ? null : `Correction ${i} ${stamp}`,
        publishedAt: day(i),
        supersededAt: i === CORRECTIONS_PAGE_SIZE + 1 ? null : day(i + 1),
      })),
    })
    // QUANTITY_PAGE_SIZE + 1 quantities with one published figure each, named to sort last; two of
    // them disputed: quantity 50 by one conflict, quantity 70 by two.
    for (let i = 0; i < QUANTITY_PAGE_SIZE + 1; i++) {
      const disputes = i === 50 ? 1 : i === 70 ? 2 : 0
      const quantity = await db.quantity.create({
        data: {
          slug: `${slug}-${i}`,
          name: `zzz list ${stamp} ${String(i).padStart(3, '0')}`,
          unit: 'people',
          figures: { create: Array.from({ length: disputes + 1 }, (_, n) => ({ quoteId: quote.id, unit: 'people', value: i + n * 1000, publishedAt: day(i) })) },
        },
        select: { id: true, figures: { select: { id: true }, orderBy: { id: 'asc' } } },
      })
      const [first, ...others] = quantity.figures
      for (const other of others) {
        await db.figureRelation.create({ data: { quantityId: quantity.id, figureAId: first!.id, figureBId: other.id, kind: 'CONFLICT', isComparable: true } })
      }
    }
  })
  afterAll(async () => {
    await db.figureRelation.deleteMany({ where: { quantity: { slug: { startsWith: `${slug}-` } } } })
    await db.figure.deleteMany({ where: { quantity: { slug: { startsWith: `${slug}-` } } } })
    await db.quantity.deleteMany({ where: { slug: { startsWith: `${slug}-` } } })
    await db.claim.deleteMany({ where: { slug } })
    await db.$disconnect()
  })

  it('lists every correction once, newest first, a page at a time', async () => {
    const published = async () =>
      (await db.verdict.findMany({ where: { status: 'PUBLISHED', revision: { gt: 1 }, correctionNote: { not: null }, publishedAt: { not: null }, claim: { publishedAt: { not: null } } }, select: { id: true } })).map((v) => v.id)
    const before = await published()
    const pages = await allPages(async (page) => {
      const { corrections, hasMore } = await listCorrections(PUBLIC_VIEWER, page)
      return { items: corrections, hasMore }
    })
    const after = await published()
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.slice(0, -1).every((page) => page.length === CORRECTIONS_PAGE_SIZE)).toBe(true)
    const all = pages.flat()
    expectEachOnce(all.map((correction) => correction.id), before, after)
    const times = all.map((correction) => correction.publishedAt!.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(all.filter((correction) => correction.claim.slug === slug)).toHaveLength(CORRECTIONS_PAGE_SIZE + 1)
    expect((await listCorrections(PUBLIC_VIEWER, pages.length + 1)).corrections).toEqual([])
  })

  it('lists every quantity with a published figure once, disputed first, then by name, a page at a time', async () => {
    const listed = async () => (await db.quantity.findMany({ where: { figures: { some: { publishedAt: { not: null } } } }, select: { slug: true } })).map((q) => q.slug)
    const before = await listed()
    const pages = await allPages(async (page) => {
      const { quantities, hasMore } = await listQuantities(PUBLIC_VIEWER, page)
      return { items: quantities, hasMore }
    })
    const after = await listed()
    expect(pages.length).toBeGreaterThan(1)
    const all = pages.flat()
    expectEachOnce(all.map((quantity) => quantity.slug), before, after)
    // Disagreements never increase down the list; among equals, names are in order.
    for (const [i, quantity] of all.entries()) {
      const before = all[i - 1]
      if (!before) continue
      expect(quantity.disagreementCount).toBeLessThanOrEqual(before.disagreementCount)
      if (quantity.disagreementCount === before.disagreementCount) expect(quantity.name >= before.name, `${before.name} then ${quantity.name}`).toBe(true)
    }
    const mine = all.filter((quantity) => quantity.slug.startsWith(`${slug}-`))
    expect(mine).toHaveLength(QUANTITY_PAGE_SIZE + 1)
    expect(mine.slice(0, 2)).toMatchObject([
      { slug: `${slug}-70`, disagreementCount: 2, figureCount: 3, sourceCount: 1 },
      { slug: `${slug}-50`, disagreementCount: 1, figureCount: 2, sourceCount: 1 },
    ])
    expect(mine.slice(2).every((quantity) => quantity.figureCount === 1 && quantity.sourceCount === 1 && quantity.disagreementCount === 0)).toBe(true)
  })
})
