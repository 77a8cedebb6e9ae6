// Storing source text: a new source with its first snapshot, or a new version of a known source
// whose quotes re-anchor to it. No Next.js imports, so the seed and the benchmark use it too.
import { audit, auditAll, type AuditInput } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import type { Prisma } from '../../generated/prisma/client'
import type { SourceKind } from '../../generated/prisma/enums'
import { contentHash, findSuggestions, reanchorQuotes } from '../../import'

export type SourceDetailsInput = {
  title: string
  kind: SourceKind
  publisher: string | null
  author: string | null
  url: string | null
  publishedOn: Date | null
}

/** The source that already holds this exact text, if any: importing it twice is refused. */
export async function findSnapshotByText(tx: DbTransaction, text: string) {
  return tx.sourceSnapshot.findFirst({
    where: { contentHash: contentHash(text) },
    select: { version: true, source: { select: { id: true, title: true } } },
  })
}

async function storeSuggestions(tx: DbTransaction, snapshotId: string, text: string) {
  const suggestions = findSuggestions(text)
  await tx.suggestion.createMany({
    data: suggestions.map((suggestion) => ({
      snapshotId,
      kind: suggestion.kind,
      start: suggestion.start,
      end: suggestion.end,
      exact: suggestion.exact,
      figure: suggestion.figure ? (suggestion.figure as Prisma.InputJsonValue) : undefined,
    })),
    skipDuplicates: true,
  })
  return suggestions.length
}

export async function createSource(tx: DbTransaction, details: SourceDetailsInput, text: string, actorId: string) {
  const source = await tx.source.create({
    data: {
      ...details,
      createdById: actorId,
      snapshots: { create: { version: 1, text, contentHash: contentHash(text), capturedById: actorId } },
    },
    select: { id: true, snapshots: { select: { id: true, contentHash: true } } },
  })
  const snapshot = source.snapshots[0]!
  const suggestions = await storeSuggestions(tx, snapshot.id, text)
  await audit(tx, {
    actorId,
    action: 'source.import',
    entityType: 'Source',
    entityId: source.id,
    after: { ...details, version: 1, contentHash: snapshot.contentHash, length: text.length, suggestions },
  })
  return { sourceId: source.id, snapshotId: snapshot.id, suggestions }
}

export type NewVersionResult =
  | { status: 'unchanged'; version: number }
  | { status: 'created'; version: number; anchored: number; fuzzy: number; orphaned: number; suggestions: number }
  | { status: 'pending'; version: number; snapshotId: string; contentHash: string; length: number }

/** The version a source is read in now: its newest adopted snapshot (a pending version is not). */
export async function currentSnapshot(tx: DbTransaction, sourceId: string) {
  return tx.sourceSnapshot.findFirst({
    where: { sourceId, adoptedAt: { not: null } },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, contentHash: true },
  })
}

/**
 * Stores `text` as the next version of a source. Unless `isPending` (a public source: docs/decisions/016),
 * it is adopted at once and its quotes re-anchor to it (adoptVersion); a pending version is stored
 * unread until an editor publishes it.
 */
export async function addSourceVersion(tx: DbTransaction, sourceId: string, text: string, actorId: string, { isPending = false } = {}): Promise<NewVersionResult> {
  const hash = contentHash(text)
  const snapshots = await tx.sourceSnapshot.findMany({ where: { sourceId }, orderBy: { version: 'desc' }, select: { version: true, contentHash: true } })
  const same = snapshots.find((snapshot) => snapshot.contentHash === hash)
  if (same) return { status: 'unchanged', version: same.version }
  const version = (snapshots[0]?.version ?? 0) + 1
  const snapshot = await tx.sourceSnapshot.create({
    // Unread until adopted: adoptVersion reads the version read until now as the one before it.
    data: { sourceId, version, text, contentHash: hash, capturedById: actorId, adoptedAt: null },
    select: { id: true },
  })
  const suggestions = await storeSuggestions(tx, snapshot.id, text)
  if (isPending) return { status: 'pending', version, snapshotId: snapshot.id, contentHash: hash, length: text.length }
  const counts = await adoptVersion(tx, snapshot.id, actorId, { suggestions })
  return { status: 'created', version, ...counts, suggestions }
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
export async function adoptVersion(tx: DbTransaction, snapshotId: string, actorId: string, extra: Record<string, unknown> = {}) {
  const { current: latest, quotes, moves: reanchored } = await previewVersion(tx, snapshotId)
  const snapshot = await tx.sourceSnapshot.update({ where: { id: snapshotId }, data: { adoptedAt: new Date() }, select: { sourceId: true, version: true, contentHash: true, text: true } })
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
    after: { version: snapshot.version, contentHash: snapshot.contentHash, length: snapshot.text.length, ...counts, ...extra, needsReview },
  })
  return counts
}
