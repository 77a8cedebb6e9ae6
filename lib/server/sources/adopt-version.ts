// Making a stored version the one its source is read in: each quote of the version before moves to
// it when its words are found again, or stays, flagged, when they are not.
import { audit, auditAll, type AuditInput } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { reanchorQuotes } from '../../import'
import { ORIGINAL_DETAILS } from '../../data/selects'

/** The version a source is read in now: its newest adopted snapshot (a pending version is not). */
export async function currentSnapshot(tx: DbTransaction, sourceId: string) {
  return tx.sourceSnapshot.findFirst({
    where: { sourceId, adoptedAt: { not: null } },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, contentHash: true },
  })
}

const quoteFields = { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true } as const

/**
 * What adopting a version would do to each quote of the source's current version: the pure
 * re-anchoring adoptVersion applies. The approve screen of a pending version shows it.
 */
export async function previewVersion(tx: DbTransaction, snapshotId: string) {
  const snapshot = await tx.sourceSnapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { sourceId: true, text: true } })
  const current = await currentSnapshot(tx, snapshot.sourceId)
  const quotes = current ? await tx.quote.findMany({ where: { snapshotId: current.id }, orderBy: { start: 'asc' }, select: quoteFields }) : []
  return { current, quotes, moves: reanchorQuotes(quotes, snapshot.text) }
}

/**
 * Makes a stored version the one its source is read in, and moves each quote of the previous
 * version whose exact words are found again (by offsets or exact search) to it. A quote found only
 * by fuzzy search (FUZZY) or not at all (ORPHANED) stays on the version whose words it quotes,
 * flagged for a reviewer; where fuzzy search found it is in the audit entry.
 */
export async function adoptVersion(tx: DbTransaction, snapshotId: string, actorId: string | null, extra: Record<string, unknown> = {}) {
  const { current: latest, quotes, moves: reanchored } = await previewVersion(tx, snapshotId)
  const snapshot = await tx.sourceSnapshot.update({ where: { id: snapshotId }, data: { adoptedAt: new Date() }, select: { sourceId: true, version: true, contentHash: true, text: true, original: { select: ORIGINAL_DETAILS } } })
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 }
  /** Quotes a reviewer should look at, named in the audit entry. */
  const needsReview: Array<{ quoteId: string; status: string; exact: string; foundAt?: { start: number; end: number } }> = []
  const moves: AuditInput[] = []
  for (const { id, result, selector } of reanchored) {
    const quote = quotes.find((candidate) => candidate.id === id)!
    if (result.status === 'ANCHORED' && selector) {
      counts.anchored++
      await tx.quote.update({ where: { id }, data: { snapshotId, ...selector, anchorStatus: 'ANCHORED' } })
      const from = { snapshotVersion: latest!.version, start: quote.start, end: quote.end }
      moves.push({ actorId, action: 'quote.reanchor', entityType: 'Quote', entityId: id, before: from, after: { snapshotVersion: snapshot.version, start: selector.start, end: selector.end } })
      continue
    }
    // Words found only approximately, or not at all: the quote stays on the version whose words it
    // quotes, so published evidence never changes wording without a reviewer.
    const status = result.status === 'FUZZY' ? 'FUZZY' : 'ORPHANED'
    counts[status === 'FUZZY' ? 'fuzzy' : 'orphaned']++
    needsReview.push({ quoteId: id, status, exact: quote.exact, foundAt: result.status === 'FUZZY' ? { start: result.start, end: result.end } : undefined })
    await tx.quote.update({ where: { id }, data: { anchorStatus: status } })
  }
  await auditAll(tx, moves)
  await tx.source.update({ where: { id: snapshot.sourceId }, data: { updatedAt: new Date() } })
  await audit(tx, {
    actorId,
    action: 'source.new-version',
    entityType: 'Source',
    entityId: snapshot.sourceId,
    before: latest ? { version: latest.version, contentHash: latest.contentHash } : undefined,
    after: { version: snapshot.version, contentHash: snapshot.contentHash, length: snapshot.text.length, original: snapshot.original, ...counts, ...extra, needsReview },
  })
  return counts
}
