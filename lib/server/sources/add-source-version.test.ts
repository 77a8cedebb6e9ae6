// A new version of a source, against the real database: which quotes move, which stay, and what
// the audit log says.
import { afterAll, describe, expect, it } from 'vitest'
import { describeQuote, findUniqueQuote } from '../../anchoring'
import { connectDb } from '../../db'
import { pastedOriginal } from '../../import'
import { addSourceVersion } from './add-source-version'
import { createSource } from './create-source'

const url = process.env.DATABASE_URL
const pasted = (text: string) => ({ text, original: pastedOriginal(text) })

describe('importing a new version of a source', () => {
  const db = connectDb(url!)
  const stamp = `${Date.now()}-${process.pid}`
  const sourceIds: string[] = []
  afterAll(async () => {
    await db.quote.deleteMany({ where: { snapshot: { sourceId: { in: sourceIds } } } })
    await db.source.deleteMany({ where: { id: { in: sourceIds } } })
    await db.$disconnect()
  })

  it('moves quotes whose words are found, leaves fuzzy and missing ones on their version, and audits each', async () => {
    const actor = await db.user.findFirstOrThrow({ select: { id: true } })
    const original = [
      `Report ${stamp}.`,
      'Prosecutors said the cases would take no more than 72 hours in federal court.',
      'The inspector general found that the attorney general’s office was the driving force behind the policy.',
      'At least 545 parents could not be located as of October, lawyers told the court.',
    ].join('\n\n')
    const details = { title: `Versions ${stamp}`, kind: 'NEWS_ARTICLE' as const, publisher: null, author: null, url: null, publishedOn: null }
    const { sourceId, snapshotId } = await db.$transaction((tx) => createSource(tx, details, pasted(original), actor.id))
    sourceIds.push(sourceId)
    const quoteOf = async (words: string) => {
      const { start, end } = findUniqueQuote(original, words)
      return db.quote.create({ data: { snapshotId, ...describeQuote(original, start, end) }, select: { id: true, start: true } })
    }
    const kept = await quoteOf('no more than 72 hours in federal court')
    const edited = await quoteOf('the attorney general’s office was the driving force behind the policy')
    const deleted = await quoteOf('At least 545 parents could not be located as of October')

    const next = [
      'Updated with a correction.',
      original.split('\n\n')[0],
      original.split('\n\n')[1],
      'The inspector general found that the attorney general’s office was the driving force behind this policy.',
    ].join('\n\n')
    const result = await db.$transaction((tx) => addSourceVersion(tx, sourceId, pasted(next), actor.id))
    expect(result).toMatchObject({ status: 'created', version: 2, anchored: 1, fuzzy: 1, orphaned: 1 })

    const after = async (id: string) => db.quote.findUniqueOrThrow({ where: { id }, select: { start: true, exact: true, anchorStatus: true, snapshot: { select: { version: true } } } })
    expect(await after(kept.id)).toMatchObject({ anchorStatus: 'ANCHORED', start: kept.start + 'Updated with a correction.\n\n'.length, snapshot: { version: 2 } })
    expect(await after(edited.id)).toMatchObject({ anchorStatus: 'FUZZY', exact: 'the attorney general’s office was the driving force behind the policy', snapshot: { version: 1 } })
    expect(await after(deleted.id)).toMatchObject({ anchorStatus: 'ORPHANED', snapshot: { version: 1 } })

    const entries = await db.auditEntry.findMany({ where: { OR: [{ entityId: sourceId }, { entityId: { in: [kept.id, edited.id, deleted.id] } }] }, select: { action: true, entityId: true, after: true } })
    expect(entries.map((entry) => entry.action).sort()).toEqual(['quote.reanchor', 'source.import', 'source.new-version'])
    expect(entries.find((entry) => entry.action === 'quote.reanchor')?.entityId).toBe(kept.id)
    const review = (entries.find((entry) => entry.action === 'source.new-version')?.after as { needsReview: Array<{ quoteId: string; status: string }> }).needsReview
    expect(review.map(({ quoteId, status }) => [quoteId, status]).sort()).toEqual([[edited.id, 'FUZZY'], [deleted.id, 'ORPHANED']].sort())

    expect(await db.$transaction((tx) => addSourceVersion(tx, sourceId, pasted(original), actor.id))).toEqual({ status: 'unchanged', version: 1 })
  })
})
