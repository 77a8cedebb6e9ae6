// The publication gate against a real database (docs/decisions/015): publishing a verdict publishes
// exactly what it cites or includes, a figure in an open conflict must be held back, and a list that
// changed since the editor's screen showed it is refused. revalidatePath needs a Next.js request.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { describeQuote } from '../anchoring'
import { PUBLIC_VIEWER } from '../data/public/viewer'
import { visibleQuotes, visibleSources } from '../data/public/visibility'
import { connectDb } from '../db'
import type { FormState } from '../form-state'
import { contentHash } from '../import'
import { refreshFigureRelations } from '../server/figures/figure-relations'
import { publicationDigest, readPublicationManifest } from '../server/verdicts/publication-manifest'
import { approveVerdict } from './approve-verdict'
import { publishVerdict } from './publish-verdict'
import { saveVerdict } from './save-verdict'
import { submitVerdict } from './submit-verdict'
import { formData } from '../testing/form-data'

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

describe('the publication gate', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const text = `Gate ${stamp}. More than 2,500 children were separated in June 2018. At least 300 parents were deported. Officials disagreed.`
  const ids = { reviewer: '', editor: '', source: '', claim: '', otherClaim: '', quantity: '', appearance: '', made: '', uncited: '', rival: '' }
  const quotes: Record<'appearance' | 'made' | 'uncited' | 'rival', string> = { appearance: '', made: '', uncited: '', rival: '' }

  const verdict = () => db.verdict.findFirstOrThrow({ where: { claimId: ids.claim } })
  const step = async (action: typeof approveVerdict, who: string, extra: Record<string, string> = {}) => {
    const row = await verdict()
    const digest = publicationDigest(await readPublicationManifest(db, row.id))
    return (await action.run(who, formData({ verdictId: row.id, lockVersion: row.lockVersion, publicationDigest: digest, ...extra }))) as FormState
  }
  const isPublicQuote = async (id: string) => (await db.quote.count({ where: { id, ...visibleQuotes(PUBLIC_VIEWER) } })) === 1

  beforeAll(async () => {
    for (const role of ['REVIEWER', 'EDITOR'] as const) {
      const user = await db.user.create({ data: { email: `gate-${role}-${stamp}@example.org`, name: `Gate ${role}`, role, passwordHash: 'unusable' } })
      ids[role === 'REVIEWER' ? 'reviewer' : 'editor'] = user.id
    }
    const source = await db.source.create({
      data: { title: `Gate source ${stamp}`, snapshots: { create: { version: 1, text, contentHash: contentHash(text) } } },
      select: { id: true, snapshots: { select: { id: true } } },
    })
    ids.source = source.id
    const quote = async (words: string) => {
      const start = text.indexOf(words)
      const row = await db.quote.create({ data: { snapshotId: source.snapshots[0]!.id, ...describeQuote(text, start, start + words.length) }, select: { id: true } })
      return row.id
    }
    quotes.appearance = await quote('Officials disagreed.')
    quotes.made = await quote('More than 2,500 children')
    quotes.uncited = await quote('At least 300 parents')
    quotes.rival = await quote('2,500 children were separated')
    ids.quantity = (await db.quantity.create({ data: { slug: `gate-${stamp}`, name: `Gate children ${stamp}`, unit: 'children' }, select: { id: true } })).id
    const claim = await db.claim.create({ data: { slug: `gate-${stamp}`, text: `A gate claim ${stamp}` }, select: { id: true } })
    ids.claim = claim.id
    ids.otherClaim = (await db.claim.create({ data: { slug: `gate-other-${stamp}`, text: `Another gate claim ${stamp}` }, select: { id: true } })).id
    ids.appearance = (await db.appearance.create({ data: { claimId: claim.id, quoteId: quotes.appearance }, select: { id: true } })).id
    const june = { periodStart: new Date('2018-06-01'), periodEnd: new Date('2018-06-30') }
    const figure = async (claimId: string, quoteId: string, values: { qualifier: 'EXACT' | 'MORE_THAN' | 'AT_LEAST'; value: number; low?: number; unit: string }) => {
      const row = await db.figure.create({ data: { quantityId: ids.quantity, quoteId, claimId, ...values, low: values.low ?? values.value, high: values.qualifier === 'EXACT' ? values.value : null, ...june }, select: { id: true } })
      await db.$transaction((tx) => refreshFigureRelations(tx, row.id, { isNew: true }))
      return row.id
    }
    // The made-up figure: an exact 2,000 where the words say more than 2,500; a rival figure of
    // another claim says more than 2,500 for the same month, so the two conflict.
    ids.made = await figure(claim.id, quotes.made, { qualifier: 'EXACT', value: 2000, unit: 'children' })
    ids.uncited = await figure(claim.id, quotes.uncited, { qualifier: 'AT_LEAST', value: 300, unit: 'parents' })
    ids.rival = await figure(ids.otherClaim, quotes.rival, { qualifier: 'MORE_THAN', value: 2500, unit: 'children' })
  })

  afterAll(async () => {
    await db.figure.deleteMany({ where: { quantityId: ids.quantity } })
    await db.claim.deleteMany({ where: { id: { in: [ids.claim, ids.otherClaim] } } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: ids.source } } })
    await db.source.delete({ where: { id: ids.source } })
    await db.quantity.delete({ where: { id: ids.quantity } })
    await db.user.updateMany({ where: { id: { in: [ids.reviewer, ids.editor] } }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('shows the editor exactly what becomes public, and refuses a figure in an open conflict unless it is held back', async () => {
    const draft = { claimId: ids.claim, rating: 'MIXED', summary: 'Partly.', rationale: 'The counts differ.', [`cite:${quotes.appearance}`]: 'on', [`includeAppearance:${ids.appearance}`]: 'on', [`includeFigure:${ids.made}`]: 'on' }
    expect(await saveVerdict.run(ids.reviewer, formData(draft))).toMatchObject({ status: 'ok' })
    expect(await step(submitVerdict, ids.reviewer)).toMatchObject({ status: 'ok' })

    const manifest = await readPublicationManifest(db, (await verdict()).id)
    expect(manifest.claim.isPublic).toBe(false)
    expect(manifest.figures.map((figure) => figure.id)).toEqual([ids.made])
    expect(manifest.figures[0]!.blockers).toEqual([
      expect.stringContaining('the quoted words read as: more than 2,500 children'),
      expect.stringContaining('In conflict with “more than 2,500 children”'),
    ])
    expect(manifest.left.figures.map((figure) => figure.id)).toEqual([ids.uncited])
    expect(manifest.sources.map((source) => source.id)).toEqual([ids.source])

    const refused = await step(approveVerdict, ids.editor)
    expect(refused).toMatchObject({ status: 'invalid', fieldErrors: { heldBack: [expect.stringContaining('In conflict with')] } })
    expect((await verdict()).status).toBe('SUBMITTED')
    expect(await step(approveVerdict, ids.editor, { [`holdBack:${ids.made}`]: 'on' })).toMatchObject({ status: 'ok' })
    expect(await db.verdictFigure.findFirstOrThrow({ where: { figureId: ids.made } })).toMatchObject({ heldBackById: ids.editor })
  })

  it('refuses to publish a list that changed since the screen showed it', async () => {
    const row = await verdict()
    const shown = publicationDigest(await readPublicationManifest(db, row.id))
    // The source becomes public with this step, so its details are part of what the editor approves.
    await db.source.update({ where: { id: ids.source }, data: { title: `Gate source renamed ${stamp}` } })
    const stale = (await publishVerdict.run(ids.editor, formData({ verdictId: row.id, lockVersion: row.lockVersion, publicationDigest: shown, [`holdBack:${ids.made}`]: 'on' }))) as FormState
    expect(stale).toMatchObject({ status: 'conflict', message: expect.stringContaining('changed after you opened the page') })
    expect((await verdict()).status).toBe('APPROVED')
  })

  it('publishes the verdict and what it includes, and nothing else attached to the claim', async () => {
    // The publish screen starts from the approval's hold-back; publishing without it is refused.
    expect(await step(publishVerdict, ids.editor)).toMatchObject({ status: 'invalid', fieldErrors: { heldBack: [expect.stringContaining('In conflict with')] } })
    expect(await step(publishVerdict, ids.editor, { [`holdBack:${ids.made}`]: 'on' })).toMatchObject({ status: 'ok', message: expect.stringContaining('one figure held back') })
    expect(await db.claim.findUniqueOrThrow({ where: { id: ids.claim } })).toMatchObject({ publishedAt: expect.any(Date), currentRating: 'MIXED' })
    expect((await db.appearance.findUniqueOrThrow({ where: { id: ids.appearance } })).publishedAt).not.toBeNull()
    const figures = await db.figure.findMany({ where: { id: { in: [ids.made, ids.uncited] } }, select: { publishedAt: true } })
    expect(figures).toEqual([{ publishedAt: null }, { publishedAt: null }])
    expect(await isPublicQuote(quotes.appearance)).toBe(true)
    expect(await isPublicQuote(quotes.made)).toBe(false)
    expect(await isPublicQuote(quotes.uncited)).toBe(false)
    expect(await db.source.count({ where: { id: ids.source, ...visibleSources(PUBLIC_VIEWER) } })).toBe(1)
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: 'Verdict', entityId: (await verdict()).id, action: 'verdict.publish' } })
    expect(audit.after).toMatchObject({ published: { figures: [], heldBack: [ids.made], appearances: [ids.appearance] } })
  })

  it('keeps a passage attached to a published claim unpublished until a revision that includes it is published', async () => {
    const late = await db.appearance.create({ data: { claimId: ids.claim, quoteId: quotes.uncited }, select: { id: true } })
    expect(await isPublicQuote(quotes.uncited)).toBe(false)
    await db.appearance.delete({ where: { id: late.id } })
  })
})
