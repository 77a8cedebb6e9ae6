// A quote from a PDF, as the public reads cite it, against a real database: the claim page's
// ClaimReview and the API give its pages and the original opened at the first of them; quotes from
// other sources have none, and no page is read for a version the public does not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeQuote } from '../../anchoring'
import { connectDb } from '../../db'
import { env } from '../../env'
import { storePdfSource } from '../../testing/pdf-sources'
import { claimReview } from '../../verdicts/claim-review'
import { getApiClaim, getApiSource } from './api'
import { claimReviewInput, getClaimPage } from './claims'
import { pdfCitations } from './pdf-citations'
import { PUBLIC_VIEWER } from './viewer'

const ACROSS = { first: '2', last: '3', firstIndex: 4, lastIndex: 5 }
const ONE_PAGE = { first: '1', last: '1', firstIndex: 3, lastIndex: 3 }

describe('citing public quotes from a PDF by page', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const ids = { source: '', snapshot: '', claim: '', across: '', onePage: '', hidden: '' }
  const original = (page: number) => `${env.SITE_URL}/sources/${ids.source}/original?version=1#page=${page}`

  beforeAll(async () => {
    const actor = await db.user.findFirstOrThrow({ where: { role: 'EDITOR' }, select: { id: true } })
    const stored = await storePdfSource(db, { title: `Prosecutions review ${stamp}`, actorId: actor.id })
    ids.source = stored.sourceId
    ids.snapshot = stored.snapshotId
    const { text } = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: stored.snapshotId }, select: { text: true } })
    const quote = async (from: string, to: string) => {
      const start = text.indexOf(from)
      const end = text.indexOf(to, start) + to.length
      return (await db.quote.create({ data: { snapshotId: stored.snapshotId, createdById: actor.id, ...describeQuote(text, start, end) }, select: { id: true } })).id
    }
    // Runs from file page 4 (labelled 2) onto file page 5 (labelled 3).
    ids.across = await quote('fell for the third year in a row', 'rose by 12 per cent.')
    ids.onePage = await quote('In 2024 the service brought', 'In 2024 the service brought')
    // Quoted by nothing public.
    ids.hidden = await quote('The flow of cases was steady', 'The flow of cases was steady')
    const now = new Date()
    const claim = await db.claim.create({
      data: {
        slug: `pdf-citations-${stamp}`,
        text: `Cases dropped before trial rose by 12 per cent (${stamp})`,
        publishedAt: now,
        appearances: { create: [{ quoteId: ids.across, stance: 'MAKES', publishedAt: now }, { quoteId: ids.hidden, stance: 'MAKES' }] },
        verdicts: {
          create: {
            revision: 1,
            status: 'PUBLISHED',
            rating: 'TRUE',
            summary: 'The review says so.',
            rationale: 'It says so on pages 2 and 3.',
            authorId: actor.id,
            lastEditedById: actor.id,
            publishedAt: now,
            evidence: { create: [{ quoteId: ids.across, position: 0 }, { quoteId: ids.onePage, position: 1 }] },
          },
        },
      },
      select: { id: true },
    })
    ids.claim = claim.id
  }, 60_000)

  afterAll(async () => {
    await db.claim.deleteMany({ where: { id: ids.claim } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: ids.source } } })
    await db.source.deleteMany({ where: { id: ids.source } })
    await db.$disconnect()
  })

  it('gives each quote of a claim in the API its pages by label and file position, and the original at the first', async () => {
    const claim = (await getApiClaim(PUBLIC_VIEWER, `pdf-citations-${stamp}`))!
    expect(claim.appearances).toHaveLength(1)
    expect(claim.appearances[0]!.quote).toMatchObject({ id: ids.across, pages: ACROSS, originalAtPage: original(4) })
    expect(claim.verdict!.evidence.map((item) => [item.quote.pages, item.quote.originalAtPage])).toEqual([
      [ACROSS, original(4)],
      [ONE_PAGE, original(3)],
    ])
    expect(claim.appearances[0]!.quote).not.toHaveProperty('snapshotId')
  })

  it('gives a quote from a source that is not a PDF no pages', async () => {
    const seeded = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null }, appearances: { some: { publishedAt: { not: null } } } }, select: { slug: true } })
    const claim = (await getApiClaim(PUBLIC_VIEWER, seeded.slug))!
    expect(claim.appearances[0]!.quote).toMatchObject({ pages: null, originalAtPage: null })
  })

  it('lists a PDF source’s public quotes with their pages, and no quote nothing public uses', async () => {
    const source = (await getApiSource(PUBLIC_VIEWER, ids.source))!
    expect(source.quotes.map((quote) => [quote.id, quote.pages, quote.originalAtPage])).toEqual([
      [ids.onePage, ONE_PAGE, original(3)],
      [ids.across, ACROSS, original(4)],
    ])
  })

  it('cites the claim page’s PDF appearance in its ClaimReview by pagination, with the PDF at that page', async () => {
    const page = (await getClaimPage(PUBLIC_VIEWER, `pdf-citations-${stamp}`))!
    expect(page.appearances[0]!.quote.pdf).toEqual({ pages: ACROSS, cite: 'pp. 2–3', originalAtPage: `/sources/${ids.source}/original?version=1#page=4` })
    expect(page.verdict!.evidence[1]!.quote.pdf).toMatchObject({ cite: 'p. 1' })
    const { itemReviewed } = claimReview(claimReviewInput(page, 'https://claimtrail.example')!)
    expect(itemReviewed.appearance).toEqual([
      expect.objectContaining({
        '@type': 'Report',
        pageStart: '2',
        pageEnd: '3',
        pagination: '2–3',
        encoding: { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: `https://claimtrail.example/sources/${ids.source}/original?version=1#page=4` },
      }),
    ])
  })

  it('reads no pages of a version the public does not read, nor links an original that is not a PDF', async () => {
    const quote = { id: ids.across, snapshotId: ids.snapshot, start: 0, end: 10, snapshot: { version: 2, adoptedAt: null, original: { mediaType: 'application/pdf' }, source: { id: ids.source } } }
    expect((await pdfCitations(db, [quote])).size).toBe(0)
    const typedOtherwise = { ...quote, snapshot: { ...quote.snapshot, adoptedAt: new Date(), original: { mediaType: 'text/html; charset=utf-8' } } }
    expect((await pdfCitations(db, [typedOtherwise])).get(ids.across)).toMatchObject({ cite: 'p. i', originalAtPage: null })
  })
})
