// Feed readers, crawlers and API clients get published data only, in valid formats, with cache
// headers. Other specs publish claims while these run, so sets are compared with what the
// database held before and after each read, not at one instant.
import { createHash } from 'node:crypto'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { APIRequestContext } from '@playwright/test'
import type { Db } from '../lib/db'
import { expect, test } from './fixtures'
import { readSitemap } from './sitemap'

test.describe.configure({ mode: 'serial' })

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'url'].includes(name) })
const CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400'

const stamp = `${Date.now()}-${process.pid}`
const SECRET = `zyzzogeton${stamp.replace('-', '')}`
const made = { user: '', source: '', claims: [] as string[], quantity: '' }

const publishedSlugs = async (db: Db) =>
  (await db.claim.findMany({ where: { publishedAt: { not: null } }, orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }], select: { slug: true } })).map((c) => c.slug)

const publicRevisions = async (db: Db) => {
  const rows = await db.verdict.findMany({ where: { status: 'PUBLISHED', claim: { publishedAt: { not: null } }, OR: [{ revision: 1 }, { correctionNote: { not: null } }] }, select: { revision: true, claim: { select: { slug: true } } } })
  return new Set(rows.map((row) => `claim/${row.claim.slug}/verdict/${row.revision}`))
}

async function getText(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return { response, body: await response.text() }
}

test.beforeAll(async ({ db }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'no browser involved: one viewport is enough')
  const user = await db.user.create({ data: { email: `feeds-e2e-${stamp}@example.org`, name: `Feeds ${stamp}`, role: 'EDITOR', passwordHash: 'not a usable hash' } })
  made.user = user.id
  const text = `An internal memo says ${SECRET} happened.`
  const source = await db.source.create({
    data: { title: `Internal memo ${SECRET}`, snapshots: { create: { version: 1, text, contentHash: createHash('sha256').update(text).digest('hex') } } },
    select: { id: true, snapshots: { select: { id: true } } },
  })
  made.source = source.id
  const quote = await db.quote.create({ data: { snapshotId: source.snapshots[0]!.id, exact: SECRET, prefix: 'An internal memo says ', suffix: ' happened.', start: 22, end: 22 + SECRET.length } })
  const author = { authorId: user.id, lastEditedById: user.id }
  const draft = await db.claim.create({
    data: { slug: `draft-${stamp}`, text: `Draft claim ${SECRET}`, appearances: { create: { quoteId: quote.id } }, verdicts: { create: { revision: 1, status: 'DRAFT', rating: 'FALSE', summary: SECRET, rationale: SECRET, ...author } } },
  })
  const submitted = await db.claim.create({
    data: { slug: `submitted-${stamp}`, text: `Submitted claim ${SECRET}`, verdicts: { create: { revision: 1, status: 'SUBMITTED', rating: 'TRUE', summary: SECRET, rationale: SECRET, ...author } } },
  })
  // Published, with a correction still awaiting approval: only revision 1 may show.
  const published = await db.claim.create({
    data: {
      slug: `published-${stamp}`,
      text: `Published claim <for> the "feed" & API test ${stamp}`,
      publishedAt: new Date(),
      verdicts: {
        create: [
          { revision: 1, status: 'PUBLISHED', rating: 'MOSTLY_TRUE', summary: `Public summary ${stamp}`, rationale: 'Because.', publishedAt: new Date(), ...author },
          { revision: 2, status: 'SUBMITTED', rating: 'FALSE', summary: SECRET, rationale: SECRET, correctionNote: `Note ${SECRET}`, ...author },
        ],
      },
    },
  })
  made.claims = [draft.id, submitted.id, published.id]
  made.quantity = (await db.quantity.create({ data: { slug: `unfigured-${stamp}`, name: `Unfigured ${SECRET}`, unit: 'things' } })).id
})

test.afterAll(async ({ db }) => {
  if (!made.user) return
  await db.claim.deleteMany({ where: { id: { in: made.claims } } })
  await db.quote.deleteMany({ where: { snapshot: { sourceId: made.source } } })
  await db.source.deleteMany({ where: { id: made.source } })
  await db.quantity.deleteMany({ where: { id: made.quantity } })
  await db.user.update({ where: { id: made.user }, data: { disabledAt: new Date() } })
})

test('A feed reader gets valid Atom 1.0 with published verdicts and corrections only, newest first', async ({ request, db }) => {
  const before = await publicRevisions(db)
  const { response, body } = await getText(request, '/feed.xml')
  const after = await publicRevisions(db)
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
  expect(response.headers()['cache-control']).toBe(CACHE_CONTROL)
  expect(XMLValidator.validate(body)).toBe(true)
  expect(body).not.toContain(SECRET)

  const { feed } = parser.parse(body)
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
  expect(feed).toMatchObject({ id: expect.stringMatching(/^tag:/), title: expect.any(String), updated: expect.any(String), author: { name: 'Claimtrail' } })
  const entries: Record<string, unknown>[] = feed.entry
  const keys = entries.map((entry) => String(entry.id).replace(/^tag:[^,]+,\d{4}:/, ''))
  expect(new Set(keys).size).toBe(keys.length)
  for (const key of keys) expect(before.has(key) || after.has(key), key).toBe(true)
  for (const key of before) if (after.has(key) && before.size <= 100) expect(keys, key).toContain(key)
  const updated = entries.map((entry) => Date.parse(String(entry.updated)))
  expect(updated).toEqual([...updated].sort((a, b) => b - a))

  const mine = entries.find((entry) => String(entry.id).endsWith(`claim/published-${stamp}/verdict/1`))!
  expect(mine).toMatchObject({ title: `Mostly true: Published claim <for> the "feed" & API test ${stamp}`, summary: { '#text': `Public summary ${stamp}` } })
  expect(new URL((mine.link as Record<string, string>[])[0]!['@href']!).pathname).toBe(`/claims/published-${stamp}`)
  // The oldest correction: the seed's, not one another spec is publishing and about to remove.
  const correction = entries.filter((entry) => String(entry.title).startsWith('Correction: ')).at(-1)!
  const note = await db.verdict.findFirstOrThrow({ where: { claim: { slug: String(correction.id).split('/')[1] }, revision: Number(String(correction.id).split('/').at(-1)) }, select: { correctionNote: true, status: true } })
  expect(note.status).toBe('PUBLISHED')
  expect((correction.summary as Record<string, string>)['#text']).toContain(note.correctionNote!.trim().replace(/[.!?]$/, ''))

  const revalidated = await request.get('/feed.xml', { headers: { 'If-None-Match': response.headers()['etag']! } })
  expect(revalidated.status()).toBe(304)
})

test('A crawler finds every public page in the sitemap, none unpublished, and keeps out of the workspace', async ({ request, db }) => {
  const publicQuantities = async () =>
    (await db.quantity.findMany({ where: { figures: { some: { publishedAt: { not: null } } } }, select: { slug: true } })).map((q) => `/quantities/${q.slug}`)
  const [before, quantitiesBefore] = [await publishedSlugs(db), await publicQuantities()]
  const { documents, paths } = await readSitemap(request)
  const [after, quantitiesAfter] = [await publishedSlugs(db), await publicQuantities()]
  for (const { path, body } of documents) expect(body, path).not.toContain(SECRET)
  expect((await request.get('/sitemaps/claims-2.xml')).status()).toBe(404)
  expect((await request.get('/sitemaps/claims-01.xml')).status()).toBe(404)
  expect(paths.slice(0, 4)).toEqual(['/', '/methodology', '/corrections', '/quantities'])
  const claimSlugs = paths.filter((path) => path.startsWith('/claims/')).map((path) => path.slice('/claims/'.length))
  for (const slug of claimSlugs) expect(before.includes(slug) || after.includes(slug), slug).toBe(true)
  for (const slug of before.filter((slug) => after.includes(slug))) expect(claimSlugs).toContain(slug)
  expect(claimSlugs).toContain(`published-${stamp}`)
  expect(paths).not.toContain(`/sources/${made.source}`)
  expect(paths.some((path) => path.startsWith('/sources/'))).toBe(true)
  // Other stories add and remove quantities while this one runs: judge only those that stayed.
  const listed = paths.filter((path) => path.startsWith('/quantities/'))
  for (const path of listed) expect(quantitiesBefore.includes(path) || quantitiesAfter.includes(path), path).toBe(true)
  for (const path of quantitiesBefore.filter((path) => quantitiesAfter.includes(path))) expect(listed).toContain(path)

  const { body: robots } = await getText(request, '/robots.txt')
  for (const path of ['/review', '/admin', '/api/auth', '/sign-in']) expect(robots).toContain(`Disallow: ${path}`)
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m)
})

test('An API client following `next` visits every published claim exactly once', async ({ request, db }) => {
  const before = await publishedSlugs(db)
  const seen: string[] = []
  let path: string | null = '/api/v1/claims?limit=9'
  let firstResponse = null
  while (path) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    firstResponse ??= response
    const text = await response.text()
    expect(text).not.toContain(SECRET)
    const page = JSON.parse(text) as { data: { slug: string }[]; next: string | null }
    expect(page.data.length).toBeLessThanOrEqual(9)
    seen.push(...page.data.map((claim) => claim.slug))
    path = page.next ? `${new URL(page.next).pathname}${new URL(page.next).search}` : null
    expect(seen.length).toBeLessThan(1000)
  }
  const after = await publishedSlugs(db)
  expect(new Set(seen).size).toBe(seen.length)
  for (const slug of seen) expect(before.includes(slug) || after.includes(slug), slug).toBe(true)
  for (const slug of before.filter((slug) => after.includes(slug))) expect(seen).toContain(slug)

  const headers = firstResponse!.headers()
  expect(headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'cache-control': CACHE_CONTROL, 'access-control-allow-origin': '*', etag: expect.stringMatching(/^W\/"/) })
  const { data } = await firstResponse!.json()
  expect(data[0]).toMatchObject({ slug: expect.any(String), text: expect.any(String), url: expect.stringMatching(/\/claims\/[a-z0-9-]+$/), publishedAt: expect.any(String), updatedAt: expect.any(String) })
  expect(data[0]).toHaveProperty('claimant')
  expect(data.find((claim: { verdict: unknown }) => claim.verdict)?.verdict).toMatchObject({ rating: expect.any(String), summary: expect.any(String) })
})

test('Bad query parameters get a 422 that says what is wrong', async ({ request }) => {
  for (const query of ['limit=0', 'limit=101', 'limit=ten', 'limit=2.5', 'cursor=forged']) {
    const response = await request.get(`/api/v1/claims?${query}`)
    expect(response.status(), query).toBe(422)
    expect(response.headers()['access-control-allow-origin']).toBe('*')
    expect(await response.json()).toMatchObject({ error: { code: 'invalid', message: expect.any(String), issues: [{ path: expect.stringMatching(/^(limit|cursor)$/), message: expect.any(String) }] } })
  }
  expect((await request.get('/api/v1/claims?limit=100')).status()).toBe(200)
})

test('Unknown and unpublished records are a JSON 404, and nothing but GET is allowed', async ({ request }) => {
  const missing = [
    `/api/v1/claims/draft-${stamp}`,
    `/api/v1/claims/submitted-${stamp}`,
    '/api/v1/claims/no-such-claim',
    '/api/v1/claims/NOT%20a%20slug',
    `/api/v1/sources/${made.source}`,
    '/api/v1/sources/not-an-id',
    `/api/v1/quantities/unfigured-${stamp}`,
    '/api/v1/quantities/no-such-quantity',
  ]
  for (const path of missing) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    const text = await response.text()
    expect(text).not.toContain(SECRET)
    expect(JSON.parse(text), path).toMatchObject({ error: { code: 'not-found', message: expect.any(String) } })
  }
  const preflight = await request.fetch('/api/v1/claims', { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' } })
  expect(preflight.status()).toBe(204)
  expect(preflight.headers()).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-headers': expect.stringContaining('If-None-Match') })
  for (const [method, path] of [['POST', '/api/v1/claims'], ['DELETE', `/api/v1/claims/published-${stamp}`], ['PUT', '/api/v1/sources/x'], ['PATCH', '/api/v1/quantities/x'], ['POST', '/feed.xml']] as const) {
    expect((await request.fetch(path, { method })).status(), `${method} ${path}`).toBe(405)
  }
})

test('The claim, source and quantity endpoints give the published record in full', async ({ request, db }) => {
  const corrected = await db.verdict.findFirstOrThrow({ where: { status: 'PUBLISHED', revision: 2, claim: { figures: { some: { publishedAt: { not: null } } } } }, select: { correctionNote: true, claim: { select: { slug: true } } } })
  const claim = await (await getText(request, `/api/v1/claims/${corrected.claim.slug}`)).response.json()
  expect(claim).toMatchObject({ slug: corrected.claim.slug, verdict: { revision: 2, rating: expect.any(String), summary: expect.any(String), rationaleMarkdown: expect.any(String) }, corrections: [{ revision: 2, note: corrected.correctionNote, publishedAt: expect.any(String) }] })
  const quote = claim.appearances[0].quote
  expect(quote).toMatchObject({ exact: expect.any(String), prefix: expect.any(String), suffix: expect.any(String), start: expect.any(Number), end: expect.any(Number), source: { id: expect.any(String), title: expect.any(String) } })
  expect(claim.verdict.evidence[0].quote).toMatchObject({ exact: expect.any(String), source: { id: expect.any(String) } })
  expect(claim.figures[0]).toMatchObject({ quantity: { slug: expect.any(String) }, unit: expect.any(String) })

  const mine = await (await getText(request, `/api/v1/claims/published-${stamp}`)).response.json()
  expect(mine).toMatchObject({ verdict: { revision: 1, summary: `Public summary ${stamp}` }, corrections: [] })

  const source = await (await getText(request, `/api/v1/sources/${quote.source.id}`)).response.json()
  expect(source).toMatchObject({ id: quote.source.id, title: quote.source.title, snapshot: { contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), text: expect.any(String) } })
  expect(createHash('sha256').update(source.snapshot.text).digest('hex')).toBe(source.snapshot.contentHash)
  expect(source.quotes.length).toBeGreaterThan(0)
  for (const item of source.quotes) expect(source.snapshot.text.slice(item.start, item.end)).toBe(item.exact)

  const quantity = await (await getText(request, `/api/v1/quantities/${claim.figures[0].quantity.slug}`)).response.json()
  expect(quantity).toMatchObject({ slug: claim.figures[0].quantity.slug, name: expect.any(String), unit: expect.any(String) })
  expect(quantity.figures.map((figure: { id: string }) => figure.id)).toContain(claim.figures[0].id)
  const figureIds = new Set(quantity.figures.map((figure: { id: string }) => figure.id))
  for (const relation of quantity.relations) {
    expect(figureIds.has(relation.figureAId) && figureIds.has(relation.figureBId)).toBe(true)
    expect(relation).toMatchObject({ kind: expect.any(String), isComparable: expect.any(Boolean) })
  }
})
