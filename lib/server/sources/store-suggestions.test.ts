// A snapshot's suggestions as stored, against the real database: each check-worthy sentence keeps
// its score, so the suggestion list can offer the best first.
import { afterAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import { findSuggestions, pastedOriginal } from '../../import'
import { createSource } from './create-source'

const url = process.env.DATABASE_URL

describe('storing a snapshot’s suggestions', () => {
  const db = connectDb(url!)
  const stamp = `${Date.now()}-${process.pid}`
  const sourceIds: string[] = []
  afterAll(async () => {
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await db.$disconnect()
  })

  it('stores each check-worthy sentence with its score, and figures without one', async () => {
    const actor = await db.user.findFirstOrThrow({ select: { id: true } })
    const text = [
      `Report ${stamp}.`,
      'The chamber was nearly empty by the time the last amendments came up.',
      'Lawyers said the department had not located the parents of 545 children as of October.',
      'In June, CBP referred 11,086 new cases for prosecution, the highest number ever, up from 9,216 in May.',
      'Subscribe to our newsletter for the week’s top stories.',
    ].join('\n\n')
    const details = { title: `Scores ${stamp}`, kind: 'NEWS_ARTICLE' as const, publisher: null, author: null, url: null, publishedOn: null }
    const { sourceId, snapshotId } = await db.$transaction((tx) => createSource(tx, details, { text, original: pastedOriginal(text) }, actor.id))
    sourceIds.push(sourceId)

    const stored = await db.suggestion.findMany({
      where: { snapshotId, kind: 'CHECK_WORTHY', status: 'OPEN' },
      orderBy: [{ score: { sort: 'desc', nulls: 'last' } }, { start: 'asc' }],
      select: { exact: true, score: true },
    })
    const found = findSuggestions(text).filter((s) => s.kind === 'CHECK_WORTHY')
    expect(stored.map((s) => s.exact)).toEqual([found[1]!.exact, found[0]!.exact])
    expect(stored.map((s) => s.score)).toEqual([found[1]!.score, found[0]!.score])
    expect(stored[0]!.exact).toMatch(/^In June, CBP referred 11,086/)
    expect(await db.suggestion.count({ where: { snapshotId, kind: 'FIGURE', score: { not: null } } })).toBe(0)
  })

  it('has scored every check-worthy sentence of the seeded corpus', async () => {
    expect(await db.suggestion.count({ where: { kind: 'CHECK_WORTHY', score: null } })).toBe(0)
    expect(await db.suggestion.count({ where: { kind: 'CHECK_WORTHY' } })).toBeGreaterThan(50)
  })
})
