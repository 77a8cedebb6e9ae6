// Issue 16: a public claim that quotes a PDF cites the quote by its pages and opens the original
// in the browser's PDF viewer at the first of them (docs/decisions/021, lib/http/original-response.ts).
import { describeQuote } from '../lib/anchoring'
import type { Db } from '../lib/db'
import { storePdfSource } from '../lib/testing/pdf-sources'
import { DEMO, expect, test } from './fixtures'

// In lib/pdf/fixtures/report.pdf this sentence runs from file page 4 (labelled 2) onto page 5 (labelled 3).
const ACROSS_THE_BREAK = ['fell for the third year in a row', 'rose by 12 per cent.'] as const

/** A published claim whose verdict cites, as its evidence, a passage of a PDF over a page break. */
async function publishPdfClaim(db: Db, stamp: string) {
  const editor = await db.user.findFirstOrThrow({ where: { email: DEMO.editor }, select: { id: true } })
  const title = `Prosecutions review ${stamp}`
  const { sourceId, snapshotId } = await storePdfSource(db, { title, actorId: editor.id })
  const { text } = await db.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { text: true } })
  const start = text.indexOf(ACROSS_THE_BREAK[0])
  const end = text.indexOf(ACROSS_THE_BREAK[1], start) + ACROSS_THE_BREAK[1].length
  const quote = await db.quote.create({ data: { snapshotId, createdById: editor.id, ...describeQuote(text, start, end) }, select: { id: true } })
  const now = new Date()
  const claim = await db.claim.create({
    data: {
      slug: `e2e-pdf-citations-${stamp}`,
      text: `Cases dropped before trial rose by 12 per cent (${stamp})`,
      createdById: editor.id,
      publishedAt: now,
      appearances: { create: { quoteId: quote.id, publishedAt: now } },
      verdicts: {
        create: {
          revision: 1,
          status: 'PUBLISHED',
          rating: 'TRUE',
          summary: `The review says so (${stamp})`,
          rationale: 'The review gives the rise on its pages 2 and 3.',
          authorId: editor.id,
          lastEditedById: editor.id,
          publishedById: editor.id,
          publishedAt: now,
          evidence: { create: { quoteId: quote.id, position: 0, note: 'The review’s own words' } },
        },
      },
    },
    select: { id: true, slug: true },
  })
  return { title, sourceId, quoteId: quote.id, claim }
}

test('A visitor sees which pages of a PDF the evidence comes from, and opens the PDF at the first of them', async ({ page, db, request }, testInfo) => {
  const stamp = `${testInfo.project.name}-${testInfo.workerIndex}-${Date.now()}`
  const world = await publishPdfClaim(db, stamp)
  try {
    await page.goto(`/claims/${world.claim.slug}`)
    const evidence = page.getByRole('region', { name: 'Evidence' })
    const cited = evidence.getByRole('figure').filter({ hasText: 'rose by 12 per cent.' })
    await expect(cited.getByRole('link', { name: world.title })).toHaveAttribute('href', `/sources/${world.sourceId}#q-${world.quoteId}`)
    const pages = cited.getByRole('link', { name: 'pp. 2–3 (PDF)' })
    // #page= counts the file's pages: the page labelled 2 is the fourth.
    await expect(pages).toHaveAttribute('href', `/sources/${world.sourceId}/original?version=1#page=4`)
    const href = (await pages.getAttribute('href'))!
    expect(href.endsWith('original?version=1#page=4')).toBe(true)
    await expect(page.getByRole('region', { name: 'Where it appeared' }).getByRole('link', { name: 'pp. 2–3 (PDF)' })).toHaveAttribute('href', href)

    const [jsonLd] = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(JSON.parse(jsonLd!).itemReviewed.appearance).toEqual([expect.objectContaining({ '@type': 'Report', pageStart: '2', pageEnd: '3', pagination: '2–3' })])

    // Opened in the browser, not saved: inline, still under the originals' sandbox, never sniffed.
    const answer = await request.get(href)
    expect(answer.status()).toBe(200)
    expect(answer.headers()['content-type']).toBe('application/pdf')
    expect(answer.headers()['content-disposition']).toMatch(/^inline; filename="prosecutions-review-[a-z0-9-]+-v1\.pdf"/)
    expect(answer.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy').map(({ value }) => value)).toEqual(['sandbox'])
    expect(answer.headers()['x-content-type-options']).toBe('nosniff')
    expect((await answer.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const [opened] = await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame.url().startsWith('chrome-extension://') }), pages.click()])
    expect(opened.url()).toMatch(/^chrome-extension:\/\/\w+\/index\.html/)
    expect(page.url()).toMatch(/original\?version=1#page=4$/)
  } finally {
    await db.claim.deleteMany({ where: { id: world.claim.id } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: world.sourceId } } })
    await db.source.deleteMany({ where: { id: world.sourceId } })
  }
})

test('A quote from a source that is not a PDF is cited as before, without pages', async ({ page, db }) => {
  const claim = await db.claim.findFirstOrThrow({ where: { publishedAt: { not: null }, appearances: { some: { publishedAt: { not: null } } } }, orderBy: { slug: 'asc' }, select: { slug: true } })
  await page.goto(`/claims/${claim.slug}`)
  const appeared = page.getByRole('region', { name: 'Where it appeared' }).getByRole('figure').first()
  await expect(appeared.getByRole('link')).toHaveCount(1)
  await expect(page.getByRole('link', { name: /\(PDF\)$/ })).toHaveCount(0)
})
