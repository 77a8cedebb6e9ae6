// The reader's suggestions a page at a time, on the test database: a snapshot of its own with more
// suggestions of each kind than a page holds.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listSuggestions } from '../../actions/list-suggestions'
import type { CurrentUser } from '../../auth/session'
import { connectDb } from '../../db'
import type { Role } from '../../generated/prisma/enums'
import { getSuggestionSections, listSuggestionPage, SUGGESTION_PAGE_SIZE } from './suggestions'

const FIGURES = 2 * SUGGESTION_PAGE_SIZE + 10
const SENTENCES = SUGGESTION_PAGE_SIZE + 3

describe('the reader’s suggestion pages', () => {
  const db = connectDb(process.env.DATABASE_URL!)
  let reviewer: CurrentUser
  let stranger: CurrentUser
  let snapshotId = ''
  let sourceId = ''

  beforeAll(async () => {
    reviewer = await db.user.findFirstOrThrow({ where: { role: 'REVIEWER', disabledAt: null }, select: { id: true, email: true, name: true, role: true } })
    stranger = { ...reviewer, role: 'NOBODY' as Role }
    const text = `Paging test ${Date.now()}. ${'word '.repeat(2000)}`
    const source = await db.source.create({
      data: {
        title: 'Paging test',
        kind: 'OTHER',
        createdById: reviewer.id,
        snapshots: { create: { version: 1, text, contentHash: createHash('sha256').update(text).digest('hex'), capturedById: reviewer.id } },
      },
      select: { id: true, snapshots: { select: { id: true } } },
    })
    sourceId = source.id
    snapshotId = source.snapshots[0]!.id
    // Stored out of text order, and two figures at one start, so the order is the query's.
    const figures = Array.from({ length: FIGURES }, (_, i) => ({ start: (FIGURES - i) * 10, end: (FIGURES - i) * 10 + 4 }))
    figures.push({ start: 10, end: 20 })
    // Scores with ties, and some unscored (stored before sentences were scored), to page through.
    const sentences = Array.from({ length: SENTENCES }, (_, i) => ({ start: i * 7, end: i * 7 + 30, score: i % 6 === 0 ? null : (i % 4) / 2 }))
    await db.suggestion.createMany({
      data: [
        ...figures.map((range) => ({ snapshotId, kind: 'FIGURE' as const, ...range, exact: 'word', figure: { qualifier: 'EXACT', value: range.start } })),
        ...sentences.map((range) => ({ snapshotId, kind: 'CHECK_WORTHY' as const, ...range, exact: 'word word' })),
      ],
    })
  })
  afterAll(async () => {
    await db.source.delete({ where: { id: sourceId } })
    await db.$disconnect()
  })

  it('gives the first page of each kind and how many of each are open', async () => {
    const sections = await getSuggestionSections(reviewer, snapshotId)
    expect(sections.FIGURE.total).toBe(FIGURES + 1)
    expect(sections.CHECK_WORTHY.total).toBe(SENTENCES)
    expect(sections.FIGURE.first).toHaveLength(SUGGESTION_PAGE_SIZE)
    expect(sections.CHECK_WORTHY.first).toHaveLength(SUGGESTION_PAGE_SIZE)
    expect(sections.FIGURE.first.every((suggestion) => suggestion.kind === 'FIGURE')).toBe(true)
    expect(sections.FIGURE.first[0]).toMatchObject({ start: 10, figure: { qualifier: 'EXACT', value: 10 } })
  })

  it('pages through every open suggestion of a kind in text order, each once', async () => {
    const seen: Array<{ id: string; start: number }> = []
    let afterId: string | undefined
    for (let page = 0; page < 10; page++) {
      const next = await listSuggestionPage(reviewer, { snapshotId, kind: 'FIGURE', afterId })
      seen.push(...next.suggestions)
      afterId = next.suggestions.at(-1)?.id
      if (!next.hasMore) break
    }
    expect(seen).toHaveLength(FIGURES + 1)
    expect(new Set(seen.map((suggestion) => suggestion.id)).size).toBe(FIGURES + 1)
    const starts = seen.map((suggestion) => suggestion.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('pages through sentences most worth checking first, unscored last, ties in text order', async () => {
    const seen: Array<{ id: string; start: number }> = []
    let afterId: string | undefined
    for (let page = 0; page < 10; page++) {
      const next = await listSuggestionPage(reviewer, { snapshotId, kind: 'CHECK_WORTHY', afterId })
      seen.push(...next.suggestions)
      afterId = next.suggestions.at(-1)?.id
      if (!next.hasMore) break
    }
    const stored = await db.suggestion.findMany({ where: { snapshotId, kind: 'CHECK_WORTHY' }, select: { id: true, start: true, score: true } })
    const expected = stored.sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || a.start - b.start).map((row) => row.id)
    expect(seen.map((suggestion) => suggestion.id)).toEqual(expected)
    expect(stored.filter((row) => row.score === null).length).toBeGreaterThan(0)
  })

  it('carries on after the last one shown even when it was dismissed meanwhile, skipping and repeating none', async () => {
    const first = await listSuggestionPage(reviewer, { snapshotId, kind: 'CHECK_WORTHY' })
    const last = first.suggestions.at(-1)!
    await db.suggestion.update({ where: { id: last.id }, data: { status: 'DISMISSED' } })
    try {
      const next = await listSuggestionPage(reviewer, { snapshotId, kind: 'CHECK_WORTHY', afterId: last.id })
      expect(next.suggestions).toHaveLength(SENTENCES - SUGGESTION_PAGE_SIZE)
      expect(next.hasMore).toBe(false)
      expect(next.suggestions[0]!.start).toBeGreaterThan(last.start)
    } finally {
      await db.suggestion.update({ where: { id: last.id }, data: { status: 'OPEN' } })
    }
  })

  it('gives someone whose role may not use the reader nothing, and refuses a page after another snapshot’s suggestion', async () => {
    const sections = await getSuggestionSections(stranger, snapshotId)
    expect(sections).toEqual({ FIGURE: { total: 0, first: [] }, CHECK_WORTHY: { total: 0, first: [] } })
    expect(await listSuggestionPage(stranger, { snapshotId, kind: 'FIGURE' })).toEqual({ suggestions: [], hasMore: false })
    expect(await listSuggestionPage(stranger, { snapshotId, kind: 'CHECK_WORTHY' })).toEqual({ suggestions: [], hasMore: false })
    const shown = (await listSuggestionPage(reviewer, { snapshotId, kind: 'CHECK_WORTHY' })).suggestions[0]!
    await expect(listSuggestionPage(stranger, { snapshotId, kind: 'CHECK_WORTHY', afterId: shown.id })).rejects.toThrow('no longer exists')
    const other = await db.suggestion.findFirstOrThrow({ where: { snapshotId: { not: snapshotId } }, select: { id: true } })
    await expect(listSuggestionPage(reviewer, { snapshotId, kind: 'FIGURE', afterId: other.id })).rejects.toThrow('no longer exists')
  })

  it('is what the reader’s "Show more" action returns, to a signed-in reviewer only', async () => {
    const first = await listSuggestionPage(reviewer, { snapshotId, kind: 'FIGURE' })
    const input = { snapshotId, kind: 'FIGURE', afterId: first.suggestions.at(-1)!.id }
    expect(await listSuggestions.run(null, input)).toMatchObject({ ok: false, state: { status: 'unauthenticated' } })
    expect(await listSuggestions.run(reviewer.id, { ...input, kind: 'QUOTE' })).toMatchObject({ ok: false, state: { status: 'invalid' } })
    const result = await listSuggestions.run(reviewer.id, input)
    expect(result.ok && result.data.suggestions.map((suggestion) => suggestion.id)).toEqual((await listSuggestionPage(reviewer, input as never)).suggestions.map((suggestion) => suggestion.id))
  })
})
