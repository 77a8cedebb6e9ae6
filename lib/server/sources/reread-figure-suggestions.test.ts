// A source's new date re-reads its open figure suggestions, against the real database: "last year"
// follows the date, and a suggestion already decided keeps what the reviewer saw.
import { afterAll, describe, expect, it } from 'vitest'
import { connectDb } from '../../db'
import type { ParsedFigure } from '../../figures'
import { pastedOriginal } from '../../import'
import { createSource } from './create-source'
import { updateSourceDetails } from './update-source-details'

const url = process.env.DATABASE_URL

describe('changing a source’s date', () => {
  const db = connectDb(url!)
  const stamp = `${Date.now()}-${process.pid}`
  const sourceIds: string[] = []
  afterAll(async () => {
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await db.$disconnect()
  })

  it('re-reads the periods of its open figure suggestions, and leaves decided ones as they were', async () => {
    const actor = await db.user.findFirstOrThrow({ select: { id: true } })
    const text = `Report ${stamp}. The council received 4,120 complaints last year. It fined 37 landlords last year.`
    const details = { title: `Dates ${stamp}`, kind: 'NEWS_ARTICLE' as const, publisher: null, author: null, url: null, publishedOn: new Date('2024-03-01T00:00:00Z') }
    const { sourceId, snapshotId } = await db.$transaction((tx) => createSource(tx, details, { text, original: pastedOriginal(text) }, actor.id))
    sourceIds.push(sourceId)
    const periodOf = async (exact: string) => {
      const suggestion = await db.suggestion.findFirstOrThrow({ where: { snapshotId, kind: 'FIGURE', exact }, select: { figure: true } })
      return (suggestion.figure as ParsedFigure).period
    }
    expect(await periodOf('4,120 complaints')).toMatchObject({ start: '2023-01-01', end: '2023-12-31', words: 'last year' })
    await db.suggestion.updateMany({ where: { snapshotId, exact: '37 landlords' }, data: { status: 'DISMISSED', decidedById: actor.id, decidedAt: new Date() } })

    const before = { title: details.title, kind: details.kind, publisher: null, author: null, url: null, publishedOn: '2024-03-01' }
    await db.$transaction((tx) => updateSourceDetails(tx, actor.id, sourceId, before, { ...before, publishedOn: '2025-02-10' }))

    expect(await periodOf('4,120 complaints')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' })
    expect(await periodOf('37 landlords')).toMatchObject({ start: '2023-01-01', end: '2023-12-31' })
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: sourceId, action: 'source.update' }, select: { after: true } })
    expect(entry.after).toMatchObject({ publishedOn: '2025-02-10', figureSuggestionsReread: 1 })
  })
})
