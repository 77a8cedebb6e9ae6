// Changes to what the public already reads (docs/decisions/016), against a real database: ranking a
// published figure, editing a public source's details, importing a new version of its text and
// changing a published passage's stance each
// wait as a pending change, the public keeps reading the published state, and only an editor who did
// not propose it publishes it, from a screen that must still be current.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { describeQuote } from '../anchoring'
import { getSourcePage } from '../data/public/sources'
import { PUBLIC_VIEWER } from '../data/public/viewer'
import { connectDb } from '../db'
import type { FormState } from '../form-state'
import type { PendingChangeKind } from '../generated/prisma/enums'
import { contentHash } from '../import'
import { changeDigest, readChangeScreen } from '../server/changes/read-change'
import { importSourceVersion } from './import-source-version'
import { publishChange } from './publish-change'
import { rankFigure } from './rank-figure'
import { updateAppearance } from './update-appearance'
import { updateSource } from './update-source'
import { withdrawChange } from './withdraw-change'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

describe('pending changes to public items', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const text = `Pending ${stamp} opens the report.\n\nAt least 545 parents were not found.\n\nThe count closes the report.`
  const users = { reviewer: '', editor: '', secondEditor: '' }
  const ids = { source: '', snapshot: '', claim: '', quote: '', appearance: '', quantity: '', figure: '' }

  const run = async (action: { run: (userId: string | null, data: FormData) => Promise<unknown> }, who: keyof typeof users, fields: Record<string, string | number | Date>) =>
    (await action.run(users[who], formData(fields))) as FormState & { redirectTo?: string }
  const waiting = (kind: PendingChangeKind) =>
    db.pendingChange.findFirstOrThrow({ where: { kind, status: 'PENDING', OR: [{ figureId: ids.figure }, { sourceId: ids.source }, { appearance: { claimId: ids.claim } }] } })
  const publish = async (who: keyof typeof users, changeId: string, digest?: string) =>
    run(publishChange, who, { changeId, changeDigest: digest ?? changeDigest(await readChangeScreen(db, changeId)) })

  beforeAll(async () => {
    for (const [key, role] of [['reviewer', 'REVIEWER'], ['editor', 'EDITOR'], ['secondEditor', 'EDITOR']] as const) {
      users[key] = (await db.user.create({ data: { email: `pending-${key}-${stamp}@example.org`, name: `Pending ${key}`, role, passwordHash: 'unusable' } })).id
    }
    const source = await db.source.create({
      data: { title: `Pending source ${stamp}`, publisher: 'The Original Desk', url: 'https://example.org/original', snapshots: { create: { version: 1, text, contentHash: contentHash(text) } } },
      select: { id: true, snapshots: { select: { id: true } } },
    })
    ids.source = source.id
    ids.snapshot = source.snapshots[0]!.id
    const words = 'At least 545 parents'
    const start = text.indexOf(words)
    ids.quote = (await db.quote.create({ data: { snapshotId: ids.snapshot, ...describeQuote(text, start, start + words.length) } })).id
    const now = new Date()
    ids.claim = (await db.claim.create({ data: { slug: `pending-${stamp}`, text: `A pending claim ${stamp}`, publishedAt: now } })).id
    ids.appearance = (await db.appearance.create({ data: { claimId: ids.claim, quoteId: ids.quote, publishedAt: now } })).id
    ids.quantity = (await db.quantity.create({ data: { slug: `pending-${stamp}`, name: `Pending parents ${stamp}`, unit: 'parents' } })).id
    ids.figure = (await db.figure.create({ data: { quantityId: ids.quantity, quoteId: ids.quote, claimId: ids.claim, qualifier: 'AT_LEAST', value: 545, low: 545, unit: 'parents', publishedAt: now } })).id
  })

  afterAll(async () => {
    await db.pendingChange.deleteMany({ where: { OR: [{ sourceId: ids.source }, { figureId: ids.figure }, { appearanceId: ids.appearance }] } })
    await db.figure.deleteMany({ where: { quantityId: ids.quantity } })
    await db.claim.deleteMany({ where: { id: ids.claim } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: ids.source } } })
    await db.source.delete({ where: { id: ids.source } })
    await db.quantity.delete({ where: { id: ids.quantity } })
    await db.user.updateMany({ where: { id: { in: Object.values(users) } }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('a published figure’s new rank waits: the proposer cannot publish it, another editor can, and the audit names both', async () => {
    const figure = await db.figure.findUniqueOrThrow({ where: { id: ids.figure } })
    const proposed = await run(rankFigure, 'editor', { id: figure.id, updatedAt: figure.updatedAt, rank: 'DEPRECATED', rankReasonKind: 'OTHER', rankReason: 'Made up by one person' })
    expect(proposed).toMatchObject({ status: 'ok', message: expect.stringContaining('proposed') })
    expect(await db.figure.findUniqueOrThrow({ where: { id: figure.id }, select: { rank: true, rankReason: true } })).toEqual({ rank: 'NORMAL', rankReason: null })

    const change = await waiting('FIGURE_RANK')
    const screen = await readChangeScreen(db, change.id)
    expect(screen.lines).toEqual(expect.arrayContaining([{ label: 'Rank', before: 'Normal rank', after: 'Deprecated' }, { label: 'Reason in words', before: '(not stated)', after: 'Made up by one person' }]))
    expect(await run(rankFigure, 'reviewer', { id: figure.id, updatedAt: figure.updatedAt, rank: 'PREFERRED', rankReasonKind: 'BEST_SOURCE' })).toMatchObject({ status: 'conflict' })

    expect(await publish('reviewer', change.id)).toMatchObject({ status: 'forbidden' })
    expect(await publish('editor', change.id)).toMatchObject({ status: 'forbidden', message: expect.stringContaining('another editor') })
    expect(await publish('secondEditor', change.id, 'not-the-screen')).toMatchObject({ status: 'conflict' })
    expect(await db.figure.findUniqueOrThrow({ where: { id: figure.id }, select: { rank: true } })).toEqual({ rank: 'NORMAL' })

    expect(await publish('secondEditor', change.id)).toMatchObject({ status: 'ok' })
    expect(await db.figure.findUniqueOrThrow({ where: { id: figure.id }, select: { rank: true, rankReason: true } })).toEqual({ rank: 'DEPRECATED', rankReason: 'Made up by one person' })
    const trail = await db.auditEntry.findMany({ where: { OR: [{ entityId: change.id }, { entityId: figure.id, action: 'figure.rank' }] }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } })
    expect(trail).toEqual([
      { action: 'change.propose', actorId: users.editor },
      { action: 'figure.rank', actorId: users.secondEditor },
      { action: 'change.publish', actorId: users.secondEditor },
    ])
    expect(await publish('secondEditor', change.id)).toMatchObject({ status: 'conflict' })
  })

  it('a public source’s details wait for a second editor; a withdrawn proposal never shows', async () => {
    const details = async () => db.source.findUniqueOrThrow({ where: { id: ids.source }, select: { title: true, publisher: true, url: true, updatedAt: true } })
    const before = await details()
    const edit = { id: ids.source, updatedAt: before.updatedAt, title: `Retitled ${stamp}`, kind: 'NEWS_ARTICLE', publisher: 'Someone Else', author: '', url: 'https://attacker.example/', publishedOn: '' }
    expect(await run(updateSource, 'reviewer', edit)).toMatchObject({ redirectTo: `/review/sources/${ids.source}?saved=proposed` })
    expect(await details()).toEqual(before)
    expect((await getSourcePage(PUBLIC_VIEWER, ids.source))?.url).toBe('https://example.org/original')

    const change = await waiting('SOURCE_DETAILS')
    expect(await run(withdrawChange, 'secondEditor', { changeId: change.id })).toMatchObject({ status: 'ok' })
    expect(await publish('editor', change.id)).toMatchObject({ status: 'conflict' })
    expect(await details()).toEqual(before)

    expect(await run(updateSource, 'reviewer', { ...edit, url: 'https://example.org/moved' })).toMatchObject({ redirectTo: expect.stringContaining('saved=proposed') })
    expect(await publish('editor', (await waiting('SOURCE_DETAILS')).id)).toMatchObject({ status: 'ok' })
    expect(await details()).toMatchObject({ title: `Retitled ${stamp}`, publisher: 'Someone Else', url: 'https://example.org/moved' })
  })

  it('a public source’s new text is stored unread: the public and the reviewers read the old version, quotes stay, until a second editor publishes it', async () => {
    const next = `Pending ${stamp} opens the report, revised.\n\nAt least 545 parents were not found.\n\nA new closing line.`
    expect(await run(importSourceVersion, 'reviewer', { sourceId: ids.source, text: next })).toMatchObject({ redirectTo: expect.stringContaining('saved=proposed') })
    const page = await getSourcePage(PUBLIC_VIEWER, ids.source)
    expect(page?.snapshot).toMatchObject({ id: ids.snapshot, version: 1 })
    expect(await db.quote.findUniqueOrThrow({ where: { id: ids.quote }, select: { snapshotId: true } })).toEqual({ snapshotId: ids.snapshot })
    expect(await run(importSourceVersion, 'editor', { sourceId: ids.source, text: `${next}\n\nAnother.` })).toMatchObject({ status: 'conflict' })

    const change = await waiting('SOURCE_VERSION')
    const screen = await readChangeScreen(db, change.id)
    expect(screen.lines).toEqual(expect.arrayContaining([{ label: 'Version', before: 'version 1', after: 'version 2' }]))
    expect(screen.quotes).toEqual([{ quoteId: ids.quote, exact: 'At least 545 parents', outcome: 'ANCHORED', isPublic: true }])
    expect(await publish('reviewer', change.id)).toMatchObject({ status: 'forbidden' })

    expect(await publish('editor', change.id)).toMatchObject({ status: 'ok' })
    const adopted = await getSourcePage(PUBLIC_VIEWER, ids.source)
    expect(adopted?.snapshot.version).toBe(2)
    expect(adopted?.quotes.map((quote) => quote.id)).toEqual([ids.quote])
  })

  it('a published passage’s stance waits for a second editor, and one that moved on since is refused', async () => {
    const stance = async () => (await db.appearance.findUniqueOrThrow({ where: { id: ids.appearance }, select: { stance: true } })).stance
    expect(await run(updateAppearance, 'reviewer', { appearanceId: ids.appearance, stance: 'DISPUTES' })).toMatchObject({ status: 'ok', message: expect.stringContaining('proposed') })
    expect(await stance()).toBe('MAKES')
    const change = await waiting('APPEARANCE_STANCE')
    const screen = await readChangeScreen(db, change.id)
    expect(screen.lines).toEqual([{ label: 'Stance', before: 'Makes the claim', after: 'Disputes it' }])
    expect(screen.subject).toMatchObject({ words: `“At least 545 parents” on the claim “A pending claim ${stamp}”`, publicPath: `/claims/pending-${stamp}` })

    // The stance moved on (as another change would leave it): publishing this one would undo that.
    await db.appearance.update({ where: { id: ids.appearance }, data: { stance: 'SUPPORTS' } })
    expect(await publish('editor', change.id)).toMatchObject({ status: 'conflict', message: expect.stringContaining('changed after this was proposed') })
    await db.appearance.update({ where: { id: ids.appearance }, data: { stance: 'MAKES' } })

    expect(await publish('editor', change.id)).toMatchObject({ status: 'ok' })
    expect(await stance()).toBe('DISPUTES')
  })
})
