// The verdict actions against a real database: the whole path from draft to a published correction,
// and the refusals (separation of duties, stale copies, foreign evidence) that must hold whatever
// the page shows. revalidatePath needs a Next.js request, so it is stubbed here.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { connectDb } from '../db'
import type { FormState } from '../form-state'
import type { Role } from '../generated/prisma/enums'
import { publicationDigest, readPublicationManifest } from '../server/verdicts/publication-manifest'
import { approveVerdict } from './approve-verdict'
import { publishVerdict } from './publish-verdict'
import { returnVerdict } from './return-verdict'
import { saveVerdict } from './save-verdict'
import { startCorrection } from './start-correction'
import { submitVerdict } from './submit-verdict'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

describe('verdict actions', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const users: Record<'reviewer' | 'editor' | 'secondEditor', string> = { reviewer: '', editor: '', secondEditor: '' }
  let claimId = ''
  let quoteIds: string[] = []
  let foreignQuoteId = ''

  const verdict = (revision = 1) => db.verdict.findUniqueOrThrow({ where: { claimId_revision: { claimId, revision } } })
  const transition = async (action: typeof submitVerdict, who: keyof typeof users, revision = 1, extra: Record<string, string> = {}) => {
    const row = await verdict(revision)
    // Approving and publishing carry the list of what becomes public that the screen showed.
    const shown: Record<string, string> = action === approveVerdict || action === publishVerdict ? { publicationDigest: publicationDigest(await readPublicationManifest(db, row.id)) } : {}
    return (await action.run(users[who], formData({ verdictId: row.id, lockVersion: row.lockVersion, ...shown, ...extra }))) as FormState
  }

  beforeAll(async () => {
    const roles: Record<keyof typeof users, Role> = { reviewer: 'REVIEWER', editor: 'EDITOR', secondEditor: 'EDITOR' }
    for (const [key, role] of Object.entries(roles) as Array<[keyof typeof users, Role]>) {
      const user = await db.user.create({ data: { email: `verdicts-${key}-${stamp}@example.org`, name: `Verdicts ${key}`, role, passwordHash: 'unusable' } })
      users[key] = user.id
    }
    const quotes = await db.quote.findMany({ take: 3, orderBy: { id: 'asc' }, select: { id: true } })
    quoteIds = quotes.slice(0, 2).map((quote) => quote.id)
    foreignQuoteId = quotes[2]!.id
    claimId = await makeClaim('')
  })

  const claimIds: string[] = []
  async function makeClaim(suffix: string) {
    const quantity = await db.quantity.findFirstOrThrow({ select: { id: true } })
    const claim = await db.claim.create({
      data: {
        slug: `verdict-actions-${stamp}${suffix}`,
        text: `A claim for the verdict action test ${stamp}${suffix}`,
        appearances: { create: [{ quoteId: quoteIds[0]! }] },
        figures: { create: [{ quantityId: quantity.id, quoteId: quoteIds[1]!, unit: 'people', value: 1, derivation: 'A test figure: its passage is any seeded quote.' }] },
      },
    })
    claimIds.push(claim.id)
    return claim.id
  }

  afterAll(async () => {
    // Figures outlive their claim (SetNull), so they go first; audit entries stay, as they must.
    await db.figure.deleteMany({ where: { claimId: { in: claimIds } } })
    await db.claim.deleteMany({ where: { id: { in: claimIds } } })
    await db.user.updateMany({ where: { id: { in: Object.values(users) } }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('refuses evidence the claim does not quote, and creates the first draft with the rest', async () => {
    const draft = { claimId, rating: 'MOSTLY_TRUE', summary: 'Mostly right.', rationale: 'Because **the source** says so.', [`cite:${quoteIds[0]}`]: 'on' }
    const foreign = (await saveVerdict.run(users.reviewer, formData({ ...draft, [`cite:${foreignQuoteId}`]: 'on' }))) as FormState
    expect(foreign).toMatchObject({ status: 'invalid', fieldErrors: { evidence: [expect.stringContaining('Cite only passages')] } })
    expect(await db.verdict.count({ where: { claimId } })).toBe(0)

    expect(await saveVerdict.run(users.reviewer, formData({ ...draft, [`note:${quoteIds[0]}`]: 'The count' }))).toMatchObject({ status: 'ok' })
    const created = await db.verdict.findFirstOrThrow({ where: { claimId }, include: { evidence: true } })
    expect(created).toMatchObject({ revision: 1, status: 'DRAFT', authorId: users.reviewer, lastEditedById: users.reviewer })
    expect(created.evidence).toMatchObject([{ quoteId: quoteIds[0], note: 'The count', position: 0 }])
    expect(await saveVerdict.run(users.editor, formData(draft))).toMatchObject({ status: 'conflict', message: expect.stringContaining('Verdicts reviewer') })
  })

  it('refuses a save based on a stale copy, naming who saved, and keeps the other change', async () => {
    const row = await verdict()
    const edit = { claimId, verdictId: row.id, lockVersion: row.lockVersion, rating: 'MOSTLY_TRUE', rationale: 'Edited.', [`cite:${quoteIds[0]}`]: 'on' }
    expect(await saveVerdict.run(users.reviewer, formData({ ...edit, summary: 'First save wins.' }))).toMatchObject({ status: 'ok' })
    const stale = (await saveVerdict.run(users.editor, formData({ ...edit, summary: 'Second save loses.' }))) as FormState
    expect(stale).toMatchObject({ status: 'conflict', message: expect.stringContaining('Verdicts reviewer saved this verdict'), values: { summary: 'Second save loses.' } })
    expect(await verdict()).toMatchObject({ summary: 'First save wins.', lockVersion: row.lockVersion + 1 })
  })

  it('takes a verdict from submission to publication with a second editor, never the author', async () => {
    expect(await transition(submitVerdict, 'reviewer')).toMatchObject({ status: 'ok' })
    expect(await transition(returnVerdict, 'editor')).toMatchObject({ status: 'invalid', fieldErrors: { comment: expect.any(Array) } })
    expect(await transition(returnVerdict, 'editor', 1, { comment: 'Cite the figure too.' })).toMatchObject({ status: 'ok' })
    expect(await verdict()).toMatchObject({ status: 'CHANGES_REQUESTED', reviewComment: 'Cite the figure too.' })

    // The editor now edits the returned draft themselves, so another editor must approve it.
    const row = await verdict()
    const edit = { claimId, verdictId: row.id, lockVersion: row.lockVersion, rating: 'TRUE', summary: 'Right.', rationale: 'Both passages agree.' }
    // The figure is published only because the revision includes it (docs/decisions/015).
    const figure = await db.figure.findFirstOrThrow({ where: { claimId }, select: { id: true } })
    const cited = { [`cite:${quoteIds[0]}`]: 'on', [`cite:${quoteIds[1]}`]: 'on', [`order:${quoteIds[1]}`]: '1', [`includeFigure:${figure.id}`]: 'on' }
    expect(await saveVerdict.run(users.editor, formData({ ...edit, ...cited }))).toMatchObject({ status: 'ok' })
    expect(await transition(submitVerdict, 'editor')).toMatchObject({ status: 'ok' })
    expect(await transition(approveVerdict, 'editor')).toMatchObject({ status: 'forbidden', message: expect.stringContaining('You changed this revision') })
    expect(await transition(approveVerdict, 'reviewer')).toMatchObject({ status: 'forbidden' })
    expect(await transition(publishVerdict, 'secondEditor')).toMatchObject({ status: 'invalid', message: expect.stringContaining('submitted for approval') })
    // Approving from a page opened before the last change is refused as stale, naming who changed it.
    const submitted = await verdict()
    const shown = publicationDigest(await readPublicationManifest(db, submitted.id))
    const stale = await approveVerdict.run(users.secondEditor, formData({ verdictId: submitted.id, lockVersion: submitted.lockVersion - 1, publicationDigest: shown }))
    expect(stale).toMatchObject({ status: 'conflict', message: expect.stringContaining('Verdicts editor saved this verdict') })
    expect(await transition(approveVerdict, 'secondEditor')).toMatchObject({ status: 'ok' })
    expect(await transition(publishVerdict, 'editor')).toMatchObject({ status: 'forbidden' })
    expect(await transition(publishVerdict, 'secondEditor')).toMatchObject({ status: 'ok' })

    const published = await db.verdict.findUniqueOrThrow({ where: { id: row.id }, include: { evidence: { orderBy: { position: 'asc' } } } })
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedById: users.secondEditor, approvedById: users.secondEditor, supersededAt: null })
    expect(published.evidence.map((item) => item.quoteId)).toEqual([quoteIds[1], quoteIds[0]])
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { figures: true } })
    expect(claim.publishedAt).toEqual(published.publishedAt)
    expect(claim).toMatchObject({ currentRating: 'TRUE', currentSummary: published.summary })
    expect(claim.figures.map((figure) => figure.publishedAt)).toEqual([published.publishedAt])
    const actions = await db.auditEntry.findMany({ where: { OR: [{ entityId: row.id }, { entityId: claimId }] }, orderBy: { createdAt: 'asc' }, select: { action: true } })
    expect(actions.map((entry) => entry.action)).toEqual(expect.arrayContaining(['verdict.create', 'verdict.update', 'verdict.submit', 'verdict.return', 'verdict.approve', 'verdict.publish', 'claim.publish']))
    expect(await saveVerdict.run(users.editor, formData({ ...edit, lockVersion: published.lockVersion }))).toMatchObject({ status: 'invalid' })
  })

  it('publishes a correction as revision 2 with its note, superseding revision 1', async () => {
    expect(await transition(startCorrection, 'reviewer', 1, { correctionNote: 'x' })).toMatchObject({ status: 'forbidden' })
    expect(await transition(startCorrection, 'editor', 1, { correctionNote: '' })).toMatchObject({ status: 'invalid', fieldErrors: { correctionNote: expect.any(Array) } })
    expect(await transition(startCorrection, 'editor', 1, { correctionNote: 'Fixed the date.' })).toMatchObject({ status: 'ok' })
    expect(await transition(startCorrection, 'secondEditor', 1, { correctionNote: 'Another one.' })).toMatchObject({ status: 'invalid', message: expect.stringContaining('already in progress') })
    const correction = await db.verdict.findUniqueOrThrow({ where: { claimId_revision: { claimId, revision: 2 } }, include: { evidence: true } })
    expect(correction).toMatchObject({ status: 'DRAFT', correctionNote: 'Fixed the date.', authorId: users.editor, summary: 'Right.' })
    expect(correction.evidence).toHaveLength(2)

    expect(await transition(submitVerdict, 'editor', 2)).toMatchObject({ status: 'ok' })
    expect(await transition(approveVerdict, 'editor', 2)).toMatchObject({ status: 'forbidden', message: expect.stringContaining('You wrote this revision') })
    expect(await transition(approveVerdict, 'secondEditor', 2)).toMatchObject({ status: 'ok' })
    expect(await transition(publishVerdict, 'secondEditor', 2)).toMatchObject({ status: 'ok' })
    const [first, second] = await Promise.all([verdict(1), verdict(2)])
    expect(second).toMatchObject({ status: 'PUBLISHED', supersededAt: null })
    expect(first.supersededAt).toEqual(second.publishedAt)
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ currentRating: second.rating, currentSummary: second.summary })
  })

  it('records everyone who changed a revision; a save that changes nothing, or an approval, moves nobody', async () => {
    claimId = await makeClaim('-people')
    const contributors = async (revision = 1) =>
      (await db.verdictContributor.findMany({ where: { verdict: { claimId, revision } }, orderBy: { firstChangedAt: 'asc' } })).map(({ userId, firstChangedAt, lastChangedAt }) => ({ userId, firstChangedAt, lastChangedAt }))
    const content = { rating: 'MOSTLY_TRUE', summary: 'The reviewer’s words.', rationale: 'As written.', [`cite:${quoteIds[0]}`]: 'on', [`note:${quoteIds[0]}`]: 'The count' }
    const save = async (who: keyof typeof users, fields: Record<string, string>) => {
      const row = await verdict()
      return saveVerdict.run(users[who], formData({ claimId, verdictId: row.id, lockVersion: row.lockVersion, ...fields }))
    }
    expect(await saveVerdict.run(users.reviewer, formData({ claimId, ...content }))).toMatchObject({ status: 'ok' })
    const created = await verdict()
    expect(created.lastEditedAt).toEqual(created.createdAt)
    expect(await contributors()).toEqual([{ userId: users.reviewer, firstChangedAt: created.createdAt, lastChangedAt: created.createdAt }])

    // The editor rewrites the draft; the reviewer then saves the very same content.
    const rewritten = { ...content, summary: 'The editor’s words.' }
    expect(await save('editor', rewritten)).toMatchObject({ status: 'ok', message: 'Draft saved.' })
    const edited = await verdict()
    expect(edited).toMatchObject({ lastEditedById: users.editor, lockVersion: created.lockVersion + 1 })
    expect(edited.lastEditedAt.getTime()).toBeGreaterThan(created.lastEditedAt.getTime())
    const afterEdit = await contributors()
    expect(afterEdit).toEqual([expect.objectContaining({ userId: users.reviewer }), { userId: users.editor, firstChangedAt: edited.lastEditedAt, lastChangedAt: edited.lastEditedAt }])
    const updates = () => db.auditEntry.count({ where: { entityId: created.id, action: 'verdict.update' } })
    const updatesBefore = await updates()
    expect(await save('reviewer', rewritten)).toMatchObject({ status: 'ok', message: expect.stringContaining('Nothing to save') })
    expect(await verdict()).toEqual(edited)
    expect(await contributors()).toEqual(afterEdit)
    expect(await updates()).toBe(updatesBefore)

    // Even when the reviewer changes it last and submits it, the editor who changed it may not approve it.
    expect(await save('reviewer', { ...rewritten, [`note:${quoteIds[0]}`]: 'The count, as reported' })).toMatchObject({ status: 'ok', message: 'Draft saved.' })
    expect(await verdict()).toMatchObject({ lastEditedById: users.reviewer })
    expect(await transition(submitVerdict, 'reviewer')).toMatchObject({ status: 'ok' })
    const refusal = 'You changed this revision, so you cannot approve it: another editor must.'
    expect(await transition(approveVerdict, 'editor')).toMatchObject({ status: 'forbidden', message: refusal })
    expect(await transition(returnVerdict, 'editor', 1, { comment: 'Mine.' })).toMatchObject({ status: 'forbidden', message: expect.stringContaining('You changed this revision') })
    const submitted = await verdict()
    expect(await transition(approveVerdict, 'secondEditor')).toMatchObject({ status: 'ok' })
    expect(await transition(publishVerdict, 'secondEditor')).toMatchObject({ status: 'ok' })
    const published = await verdict()
    expect(published.updatedAt.getTime()).toBeGreaterThan(submitted.updatedAt.getTime())
    expect(published).toMatchObject({ lastEditedById: users.reviewer, lastEditedAt: submitted.lastEditedAt })
    expect((await contributors()).map((item) => item.userId)).toEqual([users.reviewer, users.editor])

    // Whoever starts a correction wrote its note: they are its author and first contributor.
    expect(await transition(startCorrection, 'secondEditor', 1, { correctionNote: 'Reworded.' })).toMatchObject({ status: 'ok' })
    const correction = await verdict(2)
    expect(correction).toMatchObject({ authorId: users.secondEditor, lastEditedById: users.secondEditor, lastEditedAt: correction.createdAt })
    expect(await contributors(2)).toEqual([{ userId: users.secondEditor, firstChangedAt: correction.createdAt, lastChangedAt: correction.createdAt }])
  })
})
