// Which originals the public may download (docs/decisions/021), against a real database: those of
// a public source's adopted versions only, decided by visibility.ts like every public read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeQuote } from '../../anchoring'
import { connectDb } from '../../db'
import { pastedOriginal } from '../../import'
import { addSourceVersion } from '../../server/sources/add-source-version'
import { createSource } from '../../server/sources/create-source'
import { readSeedSourceText } from '../../../prisma/seed/seed'
import { corpus } from '../../../prisma/seed/corpus'
import { originalResponse, PUBLIC_DOWNLOAD } from '../../http/original-response'
import { storePdfSource } from '../../testing/pdf-sources'
import { getSourceOriginal } from './sources'
import { PUBLIC_VIEWER, type Viewer } from './viewer'

const pasted = (text: string) => ({ text, original: pastedOriginal(text) })

describe('the originals the public may read', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const ids = { actor: '', hidden: '', shown: '', claim: '', pdf: '' }
  let team: Viewer = PUBLIC_VIEWER
  const details = (title: string) => ({ title: `${title} ${stamp}`, kind: 'NEWS_ARTICLE' as const, publisher: null, author: null, url: null, publishedOn: null })

  beforeAll(async () => {
    const actor = await db.user.findFirstOrThrow({ where: { role: 'REVIEWER' }, select: { id: true, email: true, name: true, role: true } })
    ids.actor = actor.id
    team = { kind: 'team', user: actor }
    ids.hidden = (await db.$transaction((tx) => createSource(tx, details('Unpublished memo'), pasted(`An unpublished memo ${stamp}.`), actor.id))).sourceId
    // A source the public reads: one of its quotes is a published passage of a published claim.
    const text = `A public report ${stamp}.\n\nAt least 545 parents were not found.`
    const shown = await db.$transaction((tx) => createSource(tx, details('Public report'), pasted(text), actor.id))
    ids.shown = shown.sourceId
    const start = text.indexOf('At least 545')
    const quote = await db.quote.create({ data: { snapshotId: shown.snapshotId, ...describeQuote(text, start, start + 20) }, select: { id: true } })
    const now = new Date()
    ids.claim = (await db.claim.create({ data: { slug: `originals-${stamp}`, text: `Originals ${stamp}`, publishedAt: now }, select: { id: true } })).id
    await db.appearance.create({ data: { claimId: ids.claim, quoteId: quote.id, publishedAt: now } })
    // Its next version waits for an editor (docs/decisions/016).
    await db.$transaction((tx) => addSourceVersion(tx, shown.sourceId, pasted(`${text}\n\nA correction.`), actor.id, { isPending: true }))
    // A PDF the public reads: a published claim quotes its first words.
    const pdf = await storePdfSource(db, { title: `Public PDF ${stamp}`, actorId: actor.id })
    ids.pdf = pdf.sourceId
    const { text: pdfText } = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: pdf.snapshotId }, select: { text: true } })
    const pdfQuote = await db.quote.create({ data: { snapshotId: pdf.snapshotId, ...describeQuote(pdfText, 0, 10) }, select: { id: true } })
    await db.appearance.create({ data: { claimId: ids.claim, quoteId: pdfQuote.id, publishedAt: now } })
  }, 60_000)

  afterAll(async () => {
    await db.claim.deleteMany({ where: { id: ids.claim } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: { in: [ids.hidden, ids.shown, ids.pdf] } } } })
    await db.source.deleteMany({ where: { id: { in: [ids.hidden, ids.shown, ids.pdf] } } })
    await db.$disconnect()
  })

  it('refuses every version of a source the public does not read, which the team reads', async () => {
    expect(await getSourceOriginal(PUBLIC_VIEWER, ids.hidden)).toBeNull()
    expect(await getSourceOriginal(PUBLIC_VIEWER, ids.hidden, 1)).toBeNull()
    expect(await getSourceOriginal(team, ids.hidden, 1)).toMatchObject({ version: 1, original: { mediaType: 'text/plain; charset=utf-8' } })
  })

  it('gives a public source’s adopted versions, never the one waiting for an editor or one that does not exist', async () => {
    const current = await getSourceOriginal(PUBLIC_VIEWER, ids.shown)
    expect(current).toMatchObject({ version: 1, source: { title: `Public report ${stamp}` } })
    expect(Buffer.from(current!.original!.bytes).toString('utf8')).toBe(`A public report ${stamp}.\n\nAt least 545 parents were not found.`)
    expect(await getSourceOriginal(PUBLIC_VIEWER, ids.shown, 1)).toMatchObject({ version: 1 })
    expect(await getSourceOriginal(PUBLIC_VIEWER, ids.shown, 2)).toBeNull()
    expect(await getSourceOriginal(PUBLIC_VIEWER, ids.shown, 3)).toBeNull()
    expect(await getSourceOriginal(team, ids.shown, 2)).toMatchObject({ version: 2 })
  })

  it('gives a seeded public source’s file as it is on disk', async () => {
    const seeded = corpus.sources[0]!
    const snapshot = await db.sourceSnapshot.findFirstOrThrow({ where: { source: { title: seeded.title } }, select: { sourceId: true } })
    const original = await getSourceOriginal(PUBLIC_VIEWER, snapshot.sourceId)
    expect(original?.original).toMatchObject({ mediaType: 'text/plain; charset=utf-8', fileName: seeded.file })
    expect(Buffer.from(original!.original!.bytes).toString('utf8')).toBe(readSeedSourceText(seeded.file))
  })

  it('gives a public PDF’s original typed as a PDF, which is sent inline under the sandbox, and any other type as an attachment', async () => {
    const pdf = await getSourceOriginal(PUBLIC_VIEWER, ids.pdf, 1)
    expect(pdf?.original).toMatchObject({ mediaType: 'application/pdf', fileName: 'report.pdf' })
    const headers = originalResponse(new Request('http://claimtrail.test/'), pdf, PUBLIC_DOWNLOAD).headers
    expect([headers.get('content-type'), headers.get('content-security-policy'), headers.get('x-content-type-options')]).toEqual(['application/pdf', 'sandbox', 'nosniff'])
    expect(headers.get('content-disposition')).toMatch(/^inline; filename="public-pdf-[a-z0-9-]+-v1\.pdf"/)
    const text = originalResponse(new Request('http://claimtrail.test/'), await getSourceOriginal(PUBLIC_VIEWER, ids.shown, 1), PUBLIC_DOWNLOAD).headers
    expect(text.get('content-disposition')).toMatch(/^attachment; /)
  })
})
