// Search against the seeded database: figures, typos, accents, filters, hostile input, and never
// anything unpublished.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import { newId } from '../../ids'
import { addClaimSearchWords } from '../../server/search/store-words'
import type { SnippetPart } from '../../search/snippet'
import { searchParamsSchema } from '../../validations/search'
import { CLAIM_MATCH_CAP, LARGE_MATCH_COUNT, search } from './search'
import { PUBLIC_VIEWER } from './viewer'

const find = (params: Record<string, string>) => search(PUBLIC_VIEWER, searchParamsSchema.parse(params))
const text = (parts: SnippetPart[]) => parts.map((part) => part.text).join('')
const marked = (parts: SnippetPart[]) => parts.filter((part) => part.isMatch).map((part) => part.text)
/** A word no corpus contains: letters only, so the text search parser keeps it whole. */
const oddWord = () => `zq${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`
/** Whether a claim id is in the slice search reads first (the predicate of Claim_searchVector_slice_idx). */
const isInSlice = (id: string) => createHash('md5').update(id).digest('hex').slice(0, 2) < '04'
/** `count` fresh claim ids in the slice, or out of it. */
function claimIds(count: number, inSlice: boolean): string[] {
  const ids: string[] = []
  while (ids.length < count) {
    const id = newId()
    if (isInSlice(id) === inSlice) ids.push(id)
  }
  return ids
}

describe('search', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  const stamp = `${Date.now()}-${process.pid}`
  const accented = oddWord()
  const secret = oddWord()
  const published = oddWord()
  const draftSummary = oddWord()
  const publishedSummary = oddWord()
  const slugs = [`search-accents-${stamp}`, `search-draft-${stamp}`, `search-lexicon-${stamp}`]
  /** One letter changed in the middle: a typo pg_trgm finds close (similarity 0.6). */
  const typo = (word: string) => `${word.slice(0, 5)}${word[5] === 'a' ? 'e' : 'a'}${word.slice(6)}`
  const inLexicon = async (word: string) => (await db.searchWord.count({ where: { word } })) > 0

  beforeAll(async () => {
    await db.claim.create({ data: { slug: slugs[0]!, text: `The café kept a résumé of every naive ${accented}`, publishedAt: new Date() } })
    const draft = await db.claim.create({ data: { slug: slugs[1]!, text: `An unpublished claim about ${secret}`, claimant: `Claimant ${secret}` } })
    // Publishing a draft's words is never asked for; if it were, nothing unpublished is added.
    await addClaimSearchWords(db, draft.id)
    // A published claim with a published verdict, and a correction still in draft: as the publish
    // transaction leaves it.
    const author = await db.user.findFirstOrThrow({ select: { id: true } })
    const verdict = { status: 'PUBLISHED' as const, rating: 'MIXED' as const, rationale: '-', authorId: author.id, lastEditedById: author.id }
    const claim = await db.claim.create({
      data: {
        slug: slugs[2]!,
        text: `A published claim about ${published}`,
        publishedAt: new Date(),
        currentRating: 'MIXED',
        currentSummary: `Partly right about ${publishedSummary}.`,
        verdicts: {
          create: [
            { ...verdict, revision: 1, summary: `Partly right about ${publishedSummary}.`, publishedAt: new Date() },
            { ...verdict, revision: 2, status: 'DRAFT', rating: 'FALSE', summary: `A draft correction about ${draftSummary}` },
          ],
        },
      },
    })
    await addClaimSearchWords(db, claim.id)
  })
  afterAll(async () => {
    await db.claim.deleteMany({ where: { OR: [{ slug: { in: slugs } }, { slug: { startsWith: `search-slice-${stamp}-` } }, { slug: `search-long-${stamp}` }] } })
    const longSource = { source: { title: `A long report ${stamp}` } }
    await db.quote.deleteMany({ where: { snapshot: longSource } })
    await db.source.deleteMany({ where: longSource.source })
    await db.$disconnect()
  })

  it('finds the claim, source and quantity behind a figure, with the figure highlighted', async () => {
    const results = await find({ q: '545' })
    const claim = results.claims.find((c) => c.slug === 'at-least-545-parents-not-located-october-2020')
    expect(claim).toBeDefined()
    expect(marked(claim!.text)).toEqual(['545'])
    expect(claim!.rating).not.toBeNull()
    expect(results.sources.map((s) => text(s.title))).toContainEqual(expect.stringContaining('DOJ watchdog report'))
    expect(results.sources[0]!.passage.some((part) => part.isMatch && part.text === '545')).toBe(true)
    expect(results.quantities.map((q) => text(q.name))).toContain('Parents of separated children not located')
    expect(results.hasCloseMatches).toBe(false)
  })

  it('finds a number however it is typed: "3000" finds "3,000", "6368" finds "6,368", in a phrase too', async () => {
    const claim = 'more-than-3000-children-separated-under-zero-tolerance'
    for (const q of ['3000 children', '3,000 children', '"more than 3000 children"']) {
      const results = await find({ q })
      expect(results.claims.map((c) => c.slug), q).toContain(claim)
      expect(marked(results.claims.find((c) => c.slug === claim)!.text), q).toEqual(expect.arrayContaining(['3', '000']))
    }
    expect((await find({ q: '6368 referrals' })).claims.map((c) => c.slug)).toContain('cbp-border-referrals-rose-from-6368-in-march-to-11086-in-june-2018')
    // A number it lacks still narrows: "3001" is neither 3,001 nor 3,000.
    expect((await find({ q: '3001 children' })).claims.map((c) => c.slug)).not.toContain(claim)
  })

  it('mends two letters swapped ("chidlren"), which share too few trigrams to be offered as similar, and names the word used', async () => {
    const results = await find({ q: 'seperated chidlren' })
    expect(results.hasCloseMatches).toBe(true)
    expect(results.claims.map((c) => c.slug)).toContain('parents-of-611-separated-children-not-found-january-2021')
    expect(results.corrections).toContainEqual({ word: 'chidlren', spellings: expect.arrayContaining(['children']) })
    expect(results.corrections.find((c) => c.word === 'chidlren')!.spellings[0]).toBe('children')
  })

  it('finds a claim with most of the words when none has every one, naming the words it lacks', async () => {
    // "grew" is not a form of the claim's "rose"; "kids" is not its "children".
    const results = await find({ q: 'CBP referrals grew from march to june' })
    const claim = results.claims.find((c) => c.slug === 'cbp-border-referrals-rose-from-6368-in-march-to-11086-in-june-2018')
    expect(results.hasPartialMatches).toBe(true)
    expect(claim).toMatchObject({ missing: ['grew'] })
    expect(results.claims.every((c) => c.missing.length > 0)).toBe(true)
    const kids = await find({ q: 'hundreds of separated kids never reunite with parents' })
    expect(kids.claims.find((c) => c.slug === 'hundreds-of-children-still-separated-january-2021')?.missing).toEqual(['kids', 'never'])
    // Ordered by words had, and the same page twice.
    const counts = kids.claims.map((c) => c.missing.length)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect((await find({ q: 'hundreds of separated kids never reunite with parents' })).claims.map((c) => c.slug)).toEqual(kids.claims.map((c) => c.slug))
  })

  it('keeps a query with every word found, or with search syntax, to claims with every word', async () => {
    expect((await find({ q: '545 parents' })).hasPartialMatches).toBe(false)
    expect((await find({ q: '"referrals grew from march"' })).claims).toEqual([])
    expect((await find({ q: 'referrals grew -march june' })).hasPartialMatches).toBe(false)
  })

  it('finds the separated-children claims despite typos, as close spellings', async () => {
    const results = await find({ q: 'separted childrn' })
    expect(results.hasCloseMatches).toBe(true)
    expect(results.corrections.map((c) => c.word).sort()).toEqual(['childrn', 'separted'])
    expect(results.claims.map((c) => c.slug)).toContain('parents-of-611-separated-children-not-found-january-2021')
    expect(results.claims.every((c) => c.isCloseMatch && /separat/i.test(text(c.text) + text(c.summary)))).toBe(true)
  })

  it('corrects a misspelt word to a published word of the lexicon, and searches for that', async () => {
    expect(await inLexicon(published)).toBe(true)
    const results = await find({ q: `published ${typo(published)}` })
    expect(results.hasCloseMatches).toBe(true)
    expect(results.claims.map((c) => c.slug)).toEqual([slugs[2]])
    expect(results.claims[0]).toMatchObject({ isCloseMatch: true, rating: 'MIXED' })
    expect(marked(results.claims[0]!.text)).toEqual(['published', published])
  })

  it('finds a claim by its current published summary, highlighted, and never by a draft correction', async () => {
    const results = await find({ q: publishedSummary })
    expect(results.claims.map((c) => c.slug)).toEqual([slugs[2]])
    expect(marked(results.claims[0]!.summary)).toEqual([publishedSummary])
    expect((await find({ q: draftSummary })).claims).toEqual([])
  })

  it('leaves words of unpublished text out of the lexicon: a draft claim, a draft correction', async () => {
    for (const word of [secret, draftSummary]) expect(await inLexicon(word)).toBe(false)
    const results = await find({ q: typo(draftSummary) })
    expect(results).toMatchObject({ claims: [], hasCloseMatches: false })
  })

  it('ignores accents both ways, and highlights the accented words as written', async () => {
    const plain = await find({ q: `cafe resume ${accented}` })
    expect(plain.claims.map((c) => c.slug)).toEqual([`search-accents-${stamp}`])
    expect(marked(plain.claims[0]!.text)).toEqual(['café', 'résumé', accented])
    const marks = await find({ q: `naïve ${accented}` })
    expect(marks.claims.map((c) => c.slug)).toEqual([`search-accents-${stamp}`])
  })

  it('never finds an unpublished claim, by its words, a typo of them, or its claimant', async () => {
    for (const q of [secret, secret.slice(0, -1) + 'x', `unpublished claim about ${secret}`, `Claimant ${secret}`]) {
      const results = await find({ q })
      expect(results.claims.map((c) => c.slug)).not.toContain(`search-draft-${stamp}`)
    }
    expect((await find({ q: secret })).claims).toEqual([])
  })

  it('narrows claims to a rating, leaving out sources and quantities', async () => {
    const all = await find({ q: 'children' })
    const ratings = new Set(all.claims.map((c) => c.rating))
    expect(ratings.size).toBeGreaterThan(1)
    const rating = all.claims[0]!.rating!
    const narrowed = await find({ q: 'children', rating })
    expect(narrowed.claims.length).toBeGreaterThan(0)
    expect(narrowed.claims.length).toBeLessThan(all.claims.length)
    expect(narrowed.claims.every((c) => c.rating === rating)).toBe(true)
    expect(narrowed.sources).toEqual([])
    expect(narrowed.quantities).toEqual([])
  })

  it('filters by the current published rating, not by a draft correction', async () => {
    expect((await find({ q: published, rating: 'MIXED' })).claims.map((c) => c.slug)).toEqual([slugs[2]])
    expect((await find({ q: published, rating: 'FALSE' })).claims).toEqual([])
    // Every seeded claim's copies agree with its current published verdict.
    const [row] = await db.$queryRaw<Array<{ disagree: number }>>`
      SELECT count(*)::int AS disagree FROM "Claim" c
      LEFT JOIN LATERAL (
        SELECT v."rating", v."summary" FROM "Verdict" v WHERE v."claimId" = c."id" AND v."status" = 'PUBLISHED' AND v."supersededAt" IS NULL
        ORDER BY v."revision" DESC LIMIT 1
      ) cv ON TRUE
      WHERE c."currentRating" IS DISTINCT FROM cv."rating" OR c."currentSummary" IS DISTINCT FROM cv."summary"`
    expect(row!.disagree).toBe(0)
  })

  it('narrows claims, sources and quantities to one source', async () => {
    const source = await db.source.findFirstOrThrow({ where: { publisher: 'Mother Jones' }, select: { id: true } })
    const all = await find({ q: 'prosecutions' })
    const narrowed = await find({ q: 'prosecutions', source: source.id })
    expect(narrowed.claims.length).toBeGreaterThan(0)
    expect(narrowed.claims.length).toBeLessThan(all.claims.length)
    const inSource = await db.claim.count({
      where: { slug: { in: narrowed.claims.map((c) => c.slug) }, appearances: { some: { quote: { snapshot: { sourceId: source.id } } } } },
    })
    expect(inSource).toBe(narrowed.claims.length)
    expect(narrowed.sources.map((s) => s.id)).toEqual([source.id])
    expect(narrowed.quantities.length).toBeLessThanOrEqual(all.quantities.length)
  })

  const claimRow = (id: string, i: number, text: string, daysAgo: number, summary?: string) => ({
    id,
    slug: `search-slice-${stamp}-${i}`,
    text,
    currentSummary: summary ?? null,
    publishedAt: new Date(Date.now() - daysAgo * 86_400_000),
  })

  it('ranks every match of a query: a claim buried among many weaker matches, stored after them, comes first', async () => {
    const [first, second] = [oddWord(), oddWord()]
    // 600 claims with both words, far apart or one only in the summary, all newer; then the one claim
    // saying them together. A search that ranked only the first matches it read would miss it.
    const weak = Array.from({ length: 600 }, (_, i) =>
      i % 2 === 0
        ? claimRow(newId(), 10_000 + i, `A claim about ${first} and the many other things said of it`, 1, `It says nothing of ${second}.`)
        : claimRow(newId(), 10_000 + i, `${first} is mentioned first, and a long way further on comes ${second}`, 1),
    )
    await db.claim.createMany({ data: weak })
    await db.claim.create({ data: claimRow(newId(), 20_000, `The ${first} ${second} claim`, 30) })
    const results = await find({ q: `${first} ${second}` })
    expect(results).toMatchObject({ claimTotal: 601, isClaimTotalExact: true })
    expect(results.claims[0]!.slug).toBe(`search-slice-${stamp}-20000`)
    expect(results.hasMoreClaims).toBe(true)
    // The same query gives the same pages every time, and no claim is on two of them.
    const again = await Promise.all([find({ q: `${first} ${second}` }), find({ q: `${first} ${second}`, page: '2' }), find({ q: `${first} ${second}`, page: '2' })])
    expect(again[0].claims.map((c) => c.slug)).toEqual(results.claims.map((c) => c.slug))
    expect(again[1].claims.map((c) => c.slug)).toEqual(again[2].claims.map((c) => c.slug))
    expect(again[1].claims.filter((c) => results.claims.some((r) => r.slug === c.slug))).toEqual([])
  })

  it('ranks a large match set\'s matches in the slice, the same on every page and reload; a rarer query\'s in all claims', async () => {
    const common = oddWord()
    const rare = oddWord()
    // Out of the slice first and newest, so that a search ignoring the slice would read and rank them first.
    const outside = claimIds(CLAIM_MATCH_CAP, false)
    const inside = claimIds(100, true)
    const text = (i: number, withRare: boolean) => `A claim about ${withRare ? `${common} ${rare}` : common}`
    await db.claim.createMany({ data: outside.map((id, i) => claimRow(id, i, text(i, i < 3), 1)) })
    await db.claim.createMany({ data: inside.map((id, i) => claimRow(id, outside.length + i, text(i, i < 1), 2)) })
    const slugsIn = new Set(inside.map((_, i) => `search-slice-${stamp}-${outside.length + i}`))

    const first = await find({ q: common })
    expect(first).toMatchObject({ claimTotal: LARGE_MATCH_COUNT, isClaimTotalExact: false, hasMoreClaims: true })
    expect(first.claims.length).toBeGreaterThan(0)
    expect(first.claims.every((c) => slugsIn.has(c.slug))).toBe(true)
    const second = await find({ q: common, page: '2' })
    expect(second.claims.every((c) => slugsIn.has(c.slug) && !first.claims.some((f) => f.slug === c.slug))).toBe(true)
    expect((await find({ q: common })).claims.map((c) => c.slug)).toEqual(first.claims.map((c) => c.slug))

    // One match in the slice proves nothing: every claim is searched.
    const rarer = await find({ q: rare })
    expect(rarer).toMatchObject({ claimTotal: 4, isClaimTotalExact: true })
    expect(rarer.claims.filter((c) => !slugsIn.has(c.slug))).toHaveLength(3)
  })

  it('ranks a large match set\'s few claims with every word in their own text, outside the slice too', async () => {
    const [first, second] = [oddWord(), oddWord()]
    // A large set (50 matches in the slice) whose claims have the second word only in their summary,
    // and one claim outside the slice saying both words in its text: the sample alone would miss it.
    const inside = claimIds(50, true)
    await db.claim.createMany({ data: inside.map((id, i) => claimRow(id, 30_000 + i, `A claim about ${first}`, 1, `Nothing here on ${second}.`)) })
    const [outside] = claimIds(1, false)
    await db.claim.create({ data: claimRow(outside!, 40_000, `The ${first} and ${second} claim`, 30) })
    const results = await find({ q: `${first} ${second}` })
    expect(results).toMatchObject({ claimTotal: LARGE_MATCH_COUNT, isClaimTotalExact: false })
    expect(results.claims[0]!.slug).toBe(`search-slice-${stamp}-40000`)
  })

  it('shows a long snapshot\'s passage where the words are, highlighted, however far into the text', async () => {
    const word = oddWord()
    const filler = 'Officials said the figures would be published later in the year. '.repeat(1_800)
    const body = `${filler}The report names ${word} once. ${filler}`
    expect(body.indexOf(word)).toBeGreaterThan(110_000)
    const source = await db.source.create({
      data: { title: `A long report ${stamp}`, snapshots: { create: { version: 1, text: body, contentHash: '0'.repeat(64) } } },
      select: { id: true, snapshots: { select: { id: true } } },
    })
    const start = body.indexOf(word)
    const quote = await db.quote.create({ data: { snapshotId: source.snapshots[0]!.id, exact: word, prefix: '', suffix: '', start, end: start + word.length } })
    await db.claim.create({ data: { slug: `search-long-${stamp}`, text: 'A claim quoting a long report', publishedAt: new Date(), appearances: { create: { quoteId: quote.id, publishedAt: new Date() } } } })

    const hit = (await find({ q: word })).sources.find((s) => s.id === source.id)
    expect(hit).toBeDefined()
    expect(marked(hit!.passage)).toEqual([word])
    expect(text(hit!.passage)).toContain(`The report names ${word} once.`)
  })

  it('treats hostile input as words: no error, no harm', async () => {
    const claims = await db.claim.count()
    for (const q of [`'); DROP TABLE "Claim"; --`, `\\' OR 1=1 --`, '"unbalanced', 'a & | ! :* (', '<script>alert(1)</script>', '\\\\']) {
      const results = await find({ q })
      for (const claim of results.claims) expect(text(claim.text)).not.toContain('<mark>')
    }
    expect(await db.claim.count()).toBe(claims)
  })

  it('finds nothing, and no close spellings, for stop words alone or an empty query', async () => {
    expect(await find({ q: 'the of and' })).toMatchObject({ claims: [], sources: [], quantities: [], hasCloseMatches: false })
    expect(await find({ q: '   ' })).toMatchObject({ claims: [], claimTotal: 0 })
  })

  it('refuses an overlong query and an unknown rating', () => {
    expect(searchParamsSchema.safeParse({ q: 'x'.repeat(201) }).success).toBe(false)
    expect(searchParamsSchema.safeParse({ q: 'x', rating: 'PANTS_ON_FIRE' }).success).toBe(false)
    expect(searchParamsSchema.parse({ q: ['545', 'other'], rating: '', source: '' })).toEqual({ q: '545', page: 1 })
  })
})
