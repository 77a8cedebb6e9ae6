// Storing source text: a new source with its first snapshot, or a new version of a known source
// whose quotes re-anchor to it. No Next.js imports, so the seed and the benchmark use it too.
import { audit, auditAll, type AuditInput } from '../audit'
import type { DbTransaction } from '../db'
import type { Prisma } from '../generated/prisma/client'
import type { SourceKind } from '../generated/prisma/enums'
import { contentHash, findSuggestions, reanchorQuotes } from '../import'

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

/**
 * Adds `text` as the next version of a source and moves each quote of the latest version whose
 * exact words are found again (by offsets or exact search) to it. A quote found only by fuzzy
 * search (FUZZY) or not at all (ORPHANED) stays on the version whose words it quotes, flagged for a
 * reviewer; where fuzzy search found it is in the import's audit entry.
 */
export async function addSourceVersion(tx: DbTransaction, sourceId: string, text: string, actorId: string): Promise<NewVersionResult> {
  const hash = contentHash(text)
  const snapshots = await tx.sourceSnapshot.findMany({
    where: { sourceId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, contentHash: true },
  })
  const same = snapshots.find((snapshot) => snapshot.contentHash === hash)
  if (same) return { status: 'unchanged', version: same.version }
  const latest = snapshots[0]
  const version = (latest?.version ?? 0) + 1
  const snapshot = await tx.sourceSnapshot.create({
    data: { sourceId, version, text, contentHash: hash, capturedById: actorId },
    select: { id: true },
  })
  const quotes = latest
    ? await tx.quote.findMany({
        where: { snapshotId: latest.id },
        select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true },
      })
    : []
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 }
  /** Quotes a reviewer should look at, named in the import's audit entry. */
  const needsReview: Array<{ quoteId: string; status: string; exact: string; foundAt?: { start: number; end: number } }> = []
  const moves: AuditInput[] = []
  for (const { id, result, selector } of reanchorQuotes(quotes, text)) {
    const quote = quotes.find((candidate) => candidate.id === id)!
    if (result.status === 'ANCHORED' && selector) {
      counts.anchored++
      await tx.quote.update({ where: { id }, data: { snapshotId: snapshot.id, ...selector, anchorStatus: 'ANCHORED' } })
      const from = { snapshotVersion: latest!.version, start: quote.start, end: quote.end }
      moves.push({ actorId, action: 'quote.reanchor', entityType: 'Quote', entityId: id, before: from, after: { snapshotVersion: version, start: selector.start, end: selector.end } })
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
  const suggestions = await storeSuggestions(tx, snapshot.id, text)
  await tx.source.update({ where: { id: sourceId }, data: { updatedAt: new Date() } })
  await audit(tx, {
    actorId,
    action: 'source.new-version',
    entityType: 'Source',
    entityId: sourceId,
    before: latest ? { version: latest.version, contentHash: latest.contentHash } : undefined,
    after: { version, contentHash: hash, length: text.length, ...counts, suggestions, needsReview },
  })
  return { status: 'created', version, ...counts, suggestions }
}
