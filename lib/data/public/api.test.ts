// The reads behind the feed, the sitemap and /api/v1, against the seeded database: they list every
// published item once and nothing unpublished, whatever work is in progress beside it.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import { getApiClaim, getApiQuantity, getApiSource, listApiClaims } from './api'
import { listFeedRevisions } from './feed'
import { countSitemapParts, listFixedSitemapPages, listSitemapPart } from './sitemap'
import { PUBLIC_VIEWER } from './viewer'

describe('public reads for the feed, sitemap and API', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const SECRET = `quuxdraftword${stamp.replace('-', '')}`
  const ids = { user: '', draftClaim: '', publishedClaim: '', source: '', relation: '' }

  beforeAll(async () => {
    const user = await db.user.create({ data: { email: `feeds-${stamp}@example.org`, name: `Feeds ${stamp}`, role: 'EDITOR', passwordHash: 'not a usable hash' } })
    ids.user = user.id
    const text = `A private memo says ${SECRET} happened.`
    const source = await db.source.create({
      data: { title: `Private memo ${SECRET}`, snapshots: { create: { version: 1, text, contentHash: createHash('sha256').update(text).digest('hex') } } },
      select: { id: true, snapshots: { select: { id: true } } },
    })
    ids.source = source.id
    const quote = await db.quote.create({ data: { snapshotId: source.snapshots[0]!.id, exact: SECRET, prefix: 'A private memo says ', suffix: ' happened.', start: 20, end: 20 + SECRET.length } })
    const author = { authorId: user.id, lastEditedById: user.id }
    const draft = await db.claim.create({
      data: {
        slug: `draft-${stamp}`,
        text: `Draft claim ${SECRET}`,
        appearances: { create: { quoteId: quote.id } },
        verdicts: { create: { revision: 1, status: 'SUBMITTED', rating: 'FALSE', summary: `Summary ${SECRET}`, rationale: SECRET, ...author } },
      },
    })
    ids.draftClaim = draft.id
    // A published claim whose correction is still awaiting approval: only revision 1 is public.
    const published = await db.claim.create({
      data: {
        slug: `published-${stamp}`,
        text: `Published claim for the feed test ${stamp}`,
        publishedAt: new Date(),
        verdicts: {
          create: [
            { revision: 1, status: 'PUBLISHED', rating: 'TRUE', summary: `Public summary ${stamp}`, rationale: 'Because.', publishedAt: new Date(), ...author },
            { revision: 2, status: 'SUBMITTED', rating: 'FALSE', summary: `Unpublished correction ${SECRET}`, rationale: SECRET, correctionNote: `Note ${SECRET}`, ...author },
          ],
        },
      },
    })
    ids.publishedClaim = published.id
  })

  afterAll(async () => {
    await db.claim.deleteMany({ where: { id: { in: [ids.draftClaim, ids.publishedClaim] } } })
    await db.quote.deleteMany({ where: { snapshot: { sourceId: ids.source } } })
    await db.source.deleteMany({ where: { id: ids.source } })
    if (ids.relation) {
      await db.figureRelation.update({ where: { id: ids.relation }, data: { resolution: null, resolutionNote: null, resolvedById: null, resolvedAt: null, resolutionPublishedAt: null, resolutionPublishedById: null } })
    }
    await db.user.update({ where: { id: ids.user }, data: { disabledAt: new Date() } })
    await db.$disconnect()
  })

  it('pages through every published claim exactly once, newest first, and no other', async () => {
    const expected = await db.claim.findMany({ where: { publishedAt: { not: null } }, orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }], select: { slug: true } })
    const seen: string[] = []
    let page = await listApiClaims(PUBLIC_VIEWER, { limit: 7 })
    for (let guard = 0; guard < 100; guard++) {
      seen.push(...page.claims.map((claim) => claim.slug))
      expect(page.claims.length).toBeLessThanOrEqual(7)
      if (!page.next) break
      page = await listApiClaims(PUBLIC_VIEWER, { limit: 7, cursor: page.next })
    }
    expect(seen).toEqual(expected.map((claim) => claim.slug))
    expect(seen).toContain(`published-${stamp}`)
    expect(seen).not.toContain(`draft-${stamp}`)
  })

  it('shows a published claim with its public revision only, and no unpublished claim or source at all', async () => {
    const claim = await getApiClaim(PUBLIC_VIEWER, `published-${stamp}`)
    expect(claim).toMatchObject({ verdict: { revision: 1, rating: 'TRUE', summary: `Public summary ${stamp}` }, corrections: [] })
    expect(JSON.stringify(claim)).not.toContain(SECRET)
    expect(await getApiClaim(PUBLIC_VIEWER, `draft-${stamp}`)).toBeNull()
    expect(await getApiSource(PUBLIC_VIEWER, ids.source)).toBeNull()
  })

  it('gives a seeded claim with a correction its appearances, current verdict, corrections and figures', async () => {
    const corrected = await db.verdict.findFirstOrThrow({ where: { status: 'PUBLISHED', revision: 2, claim: { figures: { some: { publishedAt: { not: null } } } } }, select: { correctionNote: true, claim: { select: { slug: true } } } })
    const claim = (await getApiClaim(PUBLIC_VIEWER, corrected.claim.slug))!
    expect(claim.verdict).toMatchObject({ revision: 2, rationaleMarkdown: expect.any(String) })
    expect(claim.corrections).toEqual([expect.objectContaining({ revision: 2, note: corrected.correctionNote })])
    expect(claim.appearances[0]!.quote).toMatchObject({ exact: expect.any(String), prefix: expect.any(String), suffix: expect.any(String), start: expect.any(Number), end: expect.any(Number), source: { id: expect.any(String), title: expect.any(String) } })
    expect(claim.figures[0]).toMatchObject({ quantity: { slug: expect.any(String) }, publishedAt: expect.any(Date) })
  })

  it('lists a source’s public quotes with offsets into its latest snapshot', async () => {
    const quote = await db.quote.findFirstOrThrow({ where: { appearances: { some: { claim: { publishedAt: { not: null } } } } }, select: { snapshot: { select: { sourceId: true } } } })
    const source = (await getApiSource(PUBLIC_VIEWER, quote.snapshot.sourceId))!
    expect(source.snapshot.contentHash).toBe(createHash('sha256').update(source.snapshot.text).digest('hex'))
    for (const item of source.quotes) expect(source.snapshot.text.slice(item.start, item.end)).toBe(item.exact)
  })

  it('shows a quantity’s published figures, and a conflict’s resolution only once it is published', async () => {
    const relation = await db.figureRelation.findFirstOrThrow({ where: { figureA: { publishedAt: { not: null } }, figureB: { publishedAt: { not: null } }, resolvedAt: null }, select: { id: true, quantity: { select: { slug: true } } } })
    ids.relation = relation.id
    await db.figureRelation.update({ where: { id: relation.id }, data: { resolution: 'SCOPES_DIFFER', resolutionNote: `Resolved ${SECRET}`, resolvedById: ids.user, resolvedAt: new Date() } })
    const unpublished = (await getApiQuantity(PUBLIC_VIEWER, relation.quantity.slug))!
    expect(unpublished.figures.every((figure) => figure.publishedAt !== null)).toBe(true)
    expect(unpublished.relations.length).toBeGreaterThan(0)
    expect(JSON.stringify(unpublished)).not.toContain(SECRET)
    expect(unpublished.relations.some((item) => 'resolution' in item)).toBe(false)

    await db.figureRelation.update({ where: { id: relation.id }, data: { resolutionPublishedAt: new Date(), resolutionPublishedById: ids.user } })
    const published = (await getApiQuantity(PUBLIC_VIEWER, relation.quantity.slug))!
    expect(published.relations.filter((item) => 'resolution' in item)).toEqual([expect.objectContaining({ resolution: expect.objectContaining({ kind: 'SCOPES_DIFFER', note: `Resolved ${SECRET}` }) })])
  })

  it('feeds published verdicts and corrections only, newest first', async () => {
    const revisions = await listFeedRevisions(PUBLIC_VIEWER, 1000)
    const expected = await db.verdict.count({ where: { status: 'PUBLISHED', claim: { publishedAt: { not: null } }, OR: [{ revision: 1 }, { correctionNote: { not: null } }] } })
    expect(revisions).toHaveLength(expected)
    expect(revisions.some((revision) => revision.revision >= 2 && revision.correctionNote)).toBe(true)
    expect(revisions.map((revision) => revision.publishedAt.getTime())).toEqual(revisions.map((revision) => revision.publishedAt.getTime()).sort((a, b) => b - a))
    expect(JSON.stringify(revisions)).not.toContain(SECRET)
  })

  it('maps only public pages for the sitemap, in parts', async () => {
    expect(await countSitemapParts(PUBLIC_VIEWER)).toEqual({ claims: 1, sources: 1, quantities: 1 })
    expect((await listFixedSitemapPages(PUBLIC_VIEWER)).map((entry) => entry.path)).toEqual(['/', '/methodology', '/corrections', '/quantities'])
    const claims = (await listSitemapPart(PUBLIC_VIEWER, 'claims', 1))!.map((entry) => entry.path)
    expect(claims).toContain(`/claims/published-${stamp}`)
    expect(claims).not.toContain(`/claims/draft-${stamp}`)
    const sources = (await listSitemapPart(PUBLIC_VIEWER, 'sources', 1))!.map((entry) => entry.path)
    expect(sources).not.toContain(`/sources/${ids.source}`)
    expect(sources.length).toBeGreaterThan(0)
    const quantities = (await listSitemapPart(PUBLIC_VIEWER, 'quantities', 1))!
    expect(quantities).toHaveLength(await db.quantity.count({ where: { figures: { some: { publishedAt: { not: null } } } } }))
    expect(quantities.every((entry) => entry.lastModified instanceof Date)).toBe(true)
    for (const kind of ['claims', 'sources', 'quantities'] as const) expect(await listSitemapPart(PUBLIC_VIEWER, kind, 2)).toBeNull()
  })
})
