// The quote for a selected range, built from the stored text, never from what the browser sent.
// Runs inside the caller's transaction.
import { describeQuote } from '../../anchoring'
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { AppError, notFound } from '../../errors'
import { newId } from '../../ids'
import type { QuoteRangeInput } from '../../validations/quote'

/**
 * The quote at [start, end) of the snapshot: the existing one with those offsets and words, or a
 * new one whose exact text, prefix and suffix come from the stored snapshot. Only the source's
 * current snapshot (its latest adopted one) may be annotated, since a re-import re-anchors its quotes.
 */
export async function quoteForRange(tx: DbTransaction, range: QuoteRangeInput, userId: string) {
  // Shares the lock a new-version import takes, so a quote never lands on a version being replaced.
  await tx.$queryRaw`SELECT 1 FROM "Source" s JOIN "SourceSnapshot" v ON v."sourceId" = s.id WHERE v.id = ${range.snapshotId} FOR SHARE OF s`
  // One statement after the lock (so it sees a version imported while we waited): the text, and
  // whether a later version exists.
  const [snapshot] = await tx.$queryRaw<Array<{ id: string; text: string; sourceId: string; isAdopted: boolean; isLatest: boolean }>>`
    SELECT v.id, v.text, v."sourceId", v."adoptedAt" IS NOT NULL AS "isAdopted",
      NOT EXISTS (SELECT 1 FROM "SourceSnapshot" n WHERE n."sourceId" = v."sourceId" AND n."adoptedAt" IS NOT NULL AND n.version > v.version) AS "isLatest"
    FROM "SourceSnapshot" v WHERE v.id = ${range.snapshotId}`
  if (!snapshot) throw notFound('source version')
  // A pending version of a public source (docs/decisions/016) is read by nobody until it is published.
  if (!snapshot.isAdopted) throw new AppError('conflict', 'This version waits for an editor to publish it; passages are selected in the version the source is read in now. Nothing was saved.')
  if (!snapshot.isLatest) {
    throw new AppError('conflict', 'A newer version of this source was imported after you opened it. Nothing was saved; reload the source and select the passage again.')
  }
  let anchor
  try {
    anchor = describeQuote(snapshot.text, range.start, range.end)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new AppError('invalid', 'That selection is not a passage of this text; nothing was saved.', { end: ['Select the words again, inside the text'] })
  }
  // The existing quote of these words, or a new one, in one statement.
  const [quote] = await tx.$queryRaw<Array<{ id: string; isNew: boolean }>>`
    WITH found AS (
      SELECT id FROM "Quote" WHERE "snapshotId" = ${snapshot.id} AND "start" = ${anchor.start} AND "end" = ${anchor.end} AND "exact" = ${anchor.exact} LIMIT 1
    ), made AS (
      INSERT INTO "Quote" (id, "snapshotId", "exact", "prefix", "suffix", "start", "end", "createdById", "updatedAt")
      SELECT ${newId()}, ${snapshot.id}, ${anchor.exact}, ${anchor.prefix}, ${anchor.suffix}, ${anchor.start}, ${anchor.end}, ${userId}, now()
      WHERE NOT EXISTS (SELECT 1 FROM found)
      RETURNING id
    )
    SELECT id, false AS "isNew" FROM found UNION ALL SELECT id, true FROM made`
  if (!quote) throw new Error(`No quote found or made in snapshot ${snapshot.id}`)
  if (quote.isNew) {
    await audit(tx, { actorId: userId, action: 'quote.create', entityType: 'Quote', entityId: quote.id, after: { id: quote.id, snapshotId: snapshot.id, ...anchor } })
  }
  return { quoteId: quote.id, sourceId: snapshot.sourceId, exact: anchor.exact }
}
