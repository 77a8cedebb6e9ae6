// The reader's PDF pages and the suggestions from a page OCR read, against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import { storePdfSource } from '../../testing/pdf-sources'
import { getSource } from './sources'

describe('the reader of a PDF source', () => {
  const db = getDb()
  const sourceIds: string[] = []
  let reviewer: CurrentUser
  const store = async (fixture: string) => {
    const stored = await storePdfSource(db, { title: `Reader ${fixture} ${Date.now()}`, actorId: reviewer.id, fixture })
    sourceIds.push(stored.sourceId)
    return stored.sourceId
  }

  beforeAll(async () => {
    reviewer = await db.user.findFirstOrThrow({ where: { role: 'REVIEWER', disabledAt: null }, select: { id: true, email: true, name: true, role: true } })
  })
  afterAll(() => db.source.deleteMany({ where: { id: { in: sourceIds } } }))

  it('reads a text PDF’s pages, none by OCR, and tags none of its suggestions', async () => {
    const reader = await getSource(reviewer, await store('report.pdf'))
    expect(reader?.snapshot.pages).toHaveLength(7)
    expect(reader?.snapshot.pages.some((page) => page.ocr)).toBe(false)
    const suggestions = [...reader!.suggestions.FIGURE.first, ...reader!.suggestions.CHECK_WORTHY.first]
    expect(suggestions.length).toBeGreaterThan(0)
    expect(suggestions.every((suggestion) => !suggestion.isReadByOcr)).toBe(true)
  }, 60_000)

  it('says which pages OCR read, with its confidence, and tags the suggestions from them', async () => {
    const reader = await getSource(reviewer, await store('scan.pdf'))
    expect(reader?.snapshot.pages).toEqual([expect.objectContaining({ index: 1, ocr: true, confidence: expect.any(Number) })])
    const figures = reader!.suggestions.FIGURE.first
    expect(figures.map((figure) => figure.exact)).toEqual(expect.arrayContaining([expect.stringContaining('312')]))
    expect(figures.every((figure) => figure.isReadByOcr)).toBe(true)
  }, 60_000)
})
