// Which of a claim's figures the public claim page marks as disputed, and by whom: a figure of
// another source, or one of the same source. Against the seeded database, with a quantity of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import { disputedFigures } from './quantities'
import { PUBLIC_VIEWER, type Viewer } from './viewer'

describe('disputed figures', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const slug = `disputes-${stamp}`
  const ids: Record<'ownA' | 'ownB' | 'other' | 'otherDraft' | 'settled', string> = { ownA: '', ownB: '', other: '', otherDraft: '', settled: '' }
  let team: Viewer = PUBLIC_VIEWER

  beforeAll(async () => {
    const user = await db.user.findFirstOrThrow({ where: { role: 'EDITOR' } })
    team = { kind: 'team', user: { id: user.id, name: user.name, email: user.email, role: user.role } }
    // Two quotes from two different sources.
    const first = await db.quote.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true, snapshot: { select: { sourceId: true } } } })
    const second = await db.quote.findFirstOrThrow({ where: { snapshot: { sourceId: { not: first.snapshot.sourceId } } }, select: { id: true } })
    const quantity = await db.quantity.create({ data: { slug, name: `Disputed figures ${stamp}`, unit: 'people' } })
    const published = new Date()
    const figure = async (quoteId: string, value: number, publishedAt: Date | null = published) =>
      (await db.figure.create({ data: { quantityId: quantity.id, quoteId, unit: 'people', value, publishedAt }, select: { id: true } })).id
    ids.ownA = await figure(first.id, 100)
    ids.ownB = await figure(first.id, 200)
    ids.other = await figure(second.id, 300)
    ids.otherDraft = await figure(second.id, 400, null)
    ids.settled = await figure(first.id, 500)
    const conflict = (figureAId: string, figureBId: string, extra = {}) =>
      db.figureRelation.create({ data: { quantityId: quantity.id, figureAId, figureBId, kind: 'CONFLICT', isComparable: true, ...extra } })
    await conflict(ids.ownA, ids.ownB) // within the first source
    await conflict(ids.other, ids.ownB) // across sources, the other source's figure as figure A
    await conflict(ids.other, ids.otherDraft) // within the second source, one figure not published
    const now = new Date()
    await conflict(ids.settled, ids.other, { resolution: 'SCOPES_DIFFER', resolutionNote: 'Different counts.', resolvedAt: now, resolutionPublishedAt: now })
  })

  afterAll(async () => {
    await db.figure.deleteMany({ where: { quantity: { slug } } })
    await db.quantity.deleteMany({ where: { slug } })
    await db.$disconnect()
  })

  it('says whether another source or the figure’s own source disagrees, for published figures only', async () => {
    const disputed = await disputedFigures(PUBLIC_VIEWER, Object.values(ids))
    const dispute = (isWithOtherSource: boolean, isWithinSource: boolean) => ({ quantitySlug: slug, isWithOtherSource, isWithinSource })
    expect(Object.fromEntries(disputed)).toEqual({
      [ids.ownA]: dispute(false, true),
      [ids.ownB]: dispute(true, true),
      [ids.other]: dispute(true, false),
    })
  })

  it('shows the team the conflicts of unpublished figures too', async () => {
    const disputed = await disputedFigures(team, [ids.other, ids.otherDraft, ids.settled])
    expect(disputed.get(ids.other)).toMatchObject({ isWithOtherSource: true, isWithinSource: true })
    expect(disputed.get(ids.otherDraft)).toMatchObject({ isWithOtherSource: false, isWithinSource: true })
    expect(disputed.has(ids.settled)).toBe(false)
  })
})
