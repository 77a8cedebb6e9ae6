// Conflict resolution, its publication, and ranking and editing figures, against a real database:
// the rules that must hold whatever the quantity page shows. revalidatePath needs a Next.js
// request, so it is stubbed here.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { connectDb } from '../db'
import type { FormState } from '../form-state'
import type { Role } from '../generated/prisma/enums'
import { refreshFigureRelations } from '../server/figures/figure-relations'
import { publishConflictResolution } from './publish-conflict-resolution'
import { rankFigure } from './rank-figure'
import { resolveConflict } from './resolve-conflict'
import { updateFigure } from './update-figure'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

describe('conflict actions', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const users: Record<'reviewer' | 'editor' | 'secondEditor', string> = { reviewer: '', editor: '', secondEditor: '' }
  let quantityId = ''
  const figures: Record<'jan611' | 'jan700' | 'published', string> = { jan611: '', jan700: '', published: '' }

  const JANUARY = { periodStart: new Date('2021-01-01'), periodEnd: new Date('2021-01-31') }
  const relationOf = (x: string, y: string) => db.figureRelation.findUnique({ where: { figureAId_figureBId: { figureAId: x < y ? x : y, figureBId: x < y ? y : x } } })
  const run = async (action: { run: (userId: string | null, form: FormData) => Promise<unknown> }, who: keyof typeof users, fields: Record<string, string | number | Date>) =>
    (await action.run(users[who], formData(fields))) as FormState

  beforeAll(async () => {
    const roles: Record<keyof typeof users, Role> = { reviewer: 'REVIEWER', editor: 'EDITOR', secondEditor: 'EDITOR' }
    for (const [key, role] of Object.entries(roles) as Array<[keyof typeof users, Role]>) {
      const user = await db.user.create({ data: { email: `conflicts-${key}-${stamp}@example.org`, name: `Conflicts ${key}`, role, passwordHash: 'unusable' } })
      users[key] = user.id
    }
    const quote = await db.quote.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true } })
    const quantity = await db.quantity.create({ data: { slug: `conflicts-test-${stamp}`, name: `Conflicts test ${stamp}`, unit: 'children' } })
    quantityId = quantity.id
    const make = (value: number, extra: object = {}) =>
      db.figure.create({ data: { quantityId, quoteId: quote.id, qualifier: 'EXACT', value, unit: 'children', ...JANUARY, ...extra }, select: { id: true } })
    figures.jan611 = (await make(611)).id
    figures.jan700 = (await make(700)).id
    figures.published = (await make(650, { publishedAt: new Date() })).id
    await db.$transaction(async (tx) => {
      for (const id of Object.values(figures)) await refreshFigureRelations(tx, id)
    })
  })

  afterAll(async () => {
    await db.figureRelation.deleteMany({ where: { quantityId } })
    await db.figure.deleteMany({ where: { quantityId } })
    await db.quantity.delete({ where: { id: quantityId } })
    await db.user.updateMany({ where: { id: { in: Object.values(users) } }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('detects the conflict between two figures for the same month', async () => {
    expect(await relationOf(figures.jan611, figures.jan700)).toMatchObject({ kind: 'CONFLICT', resolution: null })
  })

  it('refuses a resolution without a note, or a ranking that deprecates without a reason, and writes nothing', async () => {
    const relation = (await relationOf(figures.jan611, figures.jan700))!
    const base = { relationId: relation.id, updatedAt: relation.updatedAt }
    expect(await run(resolveConflict, 'reviewer', { ...base, resolution: 'SCOPES_DIFFER', note: ' x ' })).toMatchObject({ status: 'invalid', fieldErrors: { note: [expect.stringContaining('at least 3')] } })
    expect(await run(resolveConflict, 'reviewer', { ...base, resolution: 'RANKED', note: 'The filing is primary.', rankA: 'PREFERRED', rankB: 'DEPRECATED' })).toMatchObject({
      status: 'invalid',
      fieldErrors: { reasonB: [expect.stringContaining('needs a reason')] },
    })
    expect(await run(resolveConflict, 'reviewer', { ...base, resolution: 'MAYBE', note: 'Who knows.' })).toMatchObject({ status: 'invalid', fieldErrors: { resolution: expect.any(Array) } })
    expect(await relationOf(figures.jan611, figures.jan700)).toMatchObject({ resolution: null, resolvedAt: null })
  })

  it('refuses a stale copy, resolves with the current one, and refuses a second resolution naming who resolved it', async () => {
    const relation = (await relationOf(figures.jan611, figures.jan700))!
    const stale = new Date(relation.updatedAt.getTime() - 1000)
    expect(await run(resolveConflict, 'reviewer', { relationId: relation.id, updatedAt: stale, resolution: 'CONFIRMED_DISAGREEMENT', note: 'Two counts.' })).toMatchObject({ status: 'conflict' })

    const ok = await run(resolveConflict, 'editor', { relationId: relation.id, updatedAt: relation.updatedAt, resolution: 'CONFIRMED_DISAGREEMENT', note: 'The two filings count differently.' })
    expect(ok).toMatchObject({ status: 'ok' })
    const resolved = (await relationOf(figures.jan611, figures.jan700))!
    expect(resolved).toMatchObject({ resolution: 'CONFIRMED_DISAGREEMENT', resolutionNote: 'The two filings count differently.', resolvedById: users.editor, resolutionPublishedAt: null })
    expect(await db.auditEntry.count({ where: { entityType: 'FigureRelation', entityId: relation.id, action: 'conflict.resolve' } })).toBe(1)

    const again = await run(resolveConflict, 'reviewer', { relationId: relation.id, updatedAt: relation.updatedAt, resolution: 'SCOPES_DIFFER', note: 'Different scopes.' })
    expect(again).toMatchObject({ status: 'conflict', message: expect.stringContaining('Conflicts editor resolved this conflict') })
  })

  it('publishes a resolution only by an editor who did not make it', async () => {
    const relation = (await relationOf(figures.jan611, figures.jan700))!
    const fields = { relationId: relation.id, updatedAt: relation.updatedAt }
    expect(await run(publishConflictResolution, 'reviewer', fields)).toMatchObject({ status: 'forbidden' })
    expect(await run(publishConflictResolution, 'editor', fields)).toMatchObject({ status: 'forbidden', message: expect.stringContaining('another editor') })
    expect(await relationOf(figures.jan611, figures.jan700)).toMatchObject({ resolutionPublishedAt: null })

    expect(await run(publishConflictResolution, 'secondEditor', fields)).toMatchObject({ status: 'ok' })
    const published = (await relationOf(figures.jan611, figures.jan700))!
    expect(published.resolutionPublishedById).toBe(users.secondEditor)
    expect(published.resolutionPublishedAt).not.toBeNull()
    expect(await db.auditEntry.count({ where: { entityType: 'FigureRelation', entityId: relation.id, action: 'conflict.publish' } })).toBe(1)
    expect(await run(publishConflictResolution, 'secondEditor', { ...fields, updatedAt: published.updatedAt })).toMatchObject({ status: 'conflict' })
  })

  it('settles a conflict by ranking: the ranks wait for the resolution to be published, then both figures get them, each audited', async () => {
    const relation = (await relationOf(figures.jan700, figures.published))!
    expect(relation.kind).toBe('CONFLICT')
    const [a, b] = [relation.figureAId, relation.figureBId]
    const rankOf = (id: string) => db.figure.findUniqueOrThrow({ where: { id }, select: { rank: true, rankReasonKind: true, rankReason: true } })
    const [wasA, wasB] = [await rankOf(a), await rankOf(b)]
    const note = 'The published count is the court’s own.'
    const ok = await run(resolveConflict, 'reviewer', { relationId: relation.id, updatedAt: relation.updatedAt, resolution: 'RANKED', note, rankA: 'DEPRECATED', reasonA: 'ERROR_IN_SOURCE', rankB: 'PREFERRED', reasonB: 'BEST_SOURCE' })
    expect(ok).toMatchObject({ status: 'ok' })
    // One person's ranking changes nothing the public reads.
    expect([await rankOf(a), await rankOf(b)]).toEqual([wasA, wasB])
    const resolved = (await relationOf(figures.jan700, figures.published))!
    expect(resolved).toMatchObject({ rankA: 'DEPRECATED', rankReasonKindA: 'ERROR_IN_SOURCE', rankB: 'PREFERRED', rankReasonKindB: 'BEST_SOURCE' })

    expect(await run(publishConflictResolution, 'secondEditor', { relationId: relation.id, updatedAt: resolved.updatedAt })).toMatchObject({ status: 'ok' })
    expect(await rankOf(a)).toEqual({ rank: 'DEPRECATED', rankReasonKind: 'ERROR_IN_SOURCE', rankReason: note })
    expect(await rankOf(b)).toEqual({ rank: 'PREFERRED', rankReasonKind: 'BEST_SOURCE', rankReason: note })
    const audits = await db.auditEntry.findMany({ where: { entityType: 'Figure', entityId: { in: [a, b] }, action: 'figure.rank' }, select: { actorId: true } })
    expect(audits).toEqual([{ actorId: users.secondEditor }, { actorId: users.secondEditor }])
  })

  it('ranks a figure outside a conflict; deprecating needs a reason', async () => {
    const figure = await db.figure.findUniqueOrThrow({ where: { id: figures.jan611 } })
    expect(await run(rankFigure, 'reviewer', { id: figure.id, updatedAt: figure.updatedAt, rank: 'DEPRECATED' })).toMatchObject({ status: 'invalid', fieldErrors: { rankReasonKind: expect.any(Array) } })
    expect(await run(rankFigure, 'reviewer', { id: figure.id, updatedAt: figure.updatedAt, rank: 'PREFERRED', rankReasonKind: 'MOST_RECENT', rankReason: 'Newest.' })).toMatchObject({ status: 'ok' })
    expect(await db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ rank: 'PREFERRED', rankReasonKind: 'MOST_RECENT', rankReason: 'Newest.' })
    expect(await run(rankFigure, 'reviewer', { id: figure.id, updatedAt: figure.updatedAt, rank: 'NORMAL' })).toMatchObject({ status: 'conflict' })
  })

  it('edits an unpublished figure and recomputes its relations at once, dropping the resolutions it had', async () => {
    const figure = await db.figure.findUniqueOrThrow({ where: { id: figures.jan700 } })
    const fields = { id: figure.id, updatedAt: figure.updatedAt, qualifier: 'EXACT', value: '611', low: '', high: '', unit: 'children', periodStart: '2021-01-01', periodEnd: '2021-01-31', periodLabel: '', derivation: 'a test figure, not read from its words' }
    expect(await run(updateFigure, 'reviewer', { ...fields, value: 'lots' })).toMatchObject({ status: 'invalid', fieldErrors: { value: expect.any(Array) } })
    expect(await run(updateFigure, 'reviewer', { ...fields, periodEnd: '' })).toMatchObject({ status: 'invalid', fieldErrors: { periodEnd: expect.any(Array) } })
    const ok = await run(updateFigure, 'reviewer', fields)
    expect(ok).toMatchObject({ status: 'ok', message: expect.stringContaining('resolutions were dropped') })
    expect(await relationOf(figures.jan611, figures.jan700)).toMatchObject({ kind: 'CONSISTENT', resolution: null })
    expect(await relationOf(figures.jan700, figures.published)).toMatchObject({ kind: 'CONFLICT', resolution: null })
    expect(await db.auditEntry.count({ where: { entityType: 'Figure', entityId: figure.id, action: 'figure.update' } })).toBe(1)
    expect(await run(updateFigure, 'reviewer', { ...fields, value: '612' })).toMatchObject({ status: 'conflict' })
  })

  it('refuses to edit a published figure', async () => {
    const figure = await db.figure.findUniqueOrThrow({ where: { id: figures.published } })
    const result = await run(updateFigure, 'editor', { id: figure.id, updatedAt: figure.updatedAt, qualifier: 'EXACT', value: '611', unit: 'children' })
    expect(result).toMatchObject({ status: 'forbidden', message: expect.stringContaining('published') })
    expect((await db.figure.findUniqueOrThrow({ where: { id: figure.id } })).value?.toNumber()).toBe(650)
  })
})
