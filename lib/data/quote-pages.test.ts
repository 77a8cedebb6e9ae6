import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../db'
import { storePdfSource } from '../testing/pdf-sources'
import { quotePages } from './quote-pages'

describe('quotePages', () => {
  const db = getDb()
  let snapshotId: string
  let text: string
  let sourceId: string

  beforeAll(async () => {
    const actor = await db.user.findFirstOrThrow({ where: { role: 'REVIEWER' }, select: { id: true } })
    const stored = await storePdfSource(db, { title: `Quote pages ${Date.now()}`, actorId: actor.id })
    sourceId = stored.sourceId
    snapshotId = stored.snapshotId
    text = (await db.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { text: true } })).text
  }, 60_000)
  afterAll(() => db.source.delete({ where: { id: sourceId } }))

  it('names the pages of a quote on one page and of one across a page break, by label and position', async () => {
    const across = text.indexOf('while the number of cases dropped')
    const oneStart = text.indexOf('In 2024 the service brought')
    const pages = await quotePages(db, [
      { id: 'across', snapshotId, start: across, end: across + 40 },
      { id: 'one', snapshotId, start: oneStart, end: oneStart + 20 },
      { id: 'elsewhere', snapshotId: 'not-a-pdf', start: 0, end: 10 },
    ])
    expect(pages.get('across')).toEqual({ first: '2', last: '3', firstIndex: 4, lastIndex: 5 })
    expect(pages.get('one')).toEqual({ first: '1', last: '1', firstIndex: 3, lastIndex: 3 })
    expect(pages.has('elsewhere')).toBe(false)
  })

  it('keeps the pages as they were stored: a page cannot be changed', async () => {
    await expect(db.snapshotPage.updateMany({ where: { snapshotId }, data: { label: 'x' } })).rejects.toThrow(/immutable/)
  })
})
