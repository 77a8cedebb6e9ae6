// A public PDF source's page markers (the reader's pages), against a real database: the pages of
// the version the public reads, only once the source is public.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeQuote } from '../../anchoring'
import { getDb } from '../../db'
import { pastedOriginal } from '../../import'
import { addSourceVersion } from '../../server/sources/add-source-version'
import { storePdfSource } from '../../testing/pdf-sources'
import { getSourcePage } from './sources'
import { PUBLIC_VIEWER } from './viewer'

describe('a public PDF source’s pages', () => {
  const db = getDb()
  const stamp = `${Date.now()}-${process.pid}`
  const ids = { source: '', snapshot: '', claim: '' }
  let text = ''

  beforeAll(async () => {
    const actor = await db.user.findFirstOrThrow({ where: { role: 'REVIEWER' }, select: { id: true } })
    const stored = await storePdfSource(db, { title: `Public PDF ${stamp}`, actorId: actor.id })
    ids.source = stored.sourceId
    ids.snapshot = stored.snapshotId
    text = (await db.sourceSnapshot.findUniqueOrThrow({ where: { id: stored.snapshotId }, select: { text: true } })).text
    // A version that waits for an editor, with no pages: the public never reads it.
    await db.$transaction((tx) => addSourceVersion(tx, stored.sourceId, { text: `${text}\n\nA correction.`, original: pastedOriginal(`${text}\n\nA correction.`) }, actor.id, { isPending: true }))
  }, 60_000)

  afterAll(async () => {
    await db.claim.deleteMany({ where: { id: ids.claim } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: ids.source } } })
    await db.source.deleteMany({ where: { id: ids.source } })
  })

  it('shows nothing of a PDF source that nothing public quotes', async () => {
    expect(await getSourcePage(PUBLIC_VIEWER, ids.source)).toBeNull()
  })

  it('gives the pages of the version the public reads, in order, with their labels and furniture', async () => {
    const start = text.indexOf('while the number of cases dropped')
    const quote = await db.quote.create({ data: { snapshotId: ids.snapshot, ...describeQuote(text, start, start + 33) }, select: { id: true } })
    const now = new Date()
    ids.claim = (await db.claim.create({ data: { slug: `public-pdf-${stamp}`, text: `Public PDF ${stamp}`, publishedAt: now }, select: { id: true } })).id
    await db.appearance.create({ data: { claimId: ids.claim, quoteId: quote.id, publishedAt: now } })

    const page = await getSourcePage(PUBLIC_VIEWER, ids.source)
    expect(page?.snapshot.version).toBe(1)
    expect(page?.snapshot.pages.map((p) => p.label)).toEqual(['i', 'ii', '1', '2', '3', '4', '5'])
    expect(page?.snapshot.pages[4]).toMatchObject({ index: 5, label: '3', furniture: ['Prosecutions Review 2024', 'Page 3'], ocr: false, confidence: null })
    expect(page?.quotes.map((q) => q.exact)).toEqual(['while the number of cases dropped'])
  })
})
