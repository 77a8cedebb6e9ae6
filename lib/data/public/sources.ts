import { getDb, readConsistently, type DbTransaction } from '../../db'
import type { Viewer } from './viewer'
import { visibleAppearances, visibleClaims, visibleFigures, visibleQuotes, visibleSnapshots, visibleSources, visibleVerdicts } from './visibility'
import { CURRENT_SNAPSHOT, ORIGINAL_FILE, SNAPSHOT_PAGES, SOURCE_DETAILS } from '../selects'

/**
 * A source with the text of its latest snapshot and the quotes in it the viewer may see. A source
 * none of whose quotes the viewer may see is not shown at all (it may belong to unpublished work).
 */
export function getSourcePage(viewer: Viewer, id: string) {
  return readConsistently((tx) => readSourcePage(tx, viewer, id))
}

async function readSourcePage(db: DbTransaction, viewer: Viewer, id: string) {
  const source = await db.source.findFirst({
    where: { id, ...visibleSources(viewer) },
    select: {
      ...SOURCE_DETAILS,
      // A PDF's pages, for the reader's page markers and OCR notice (none for other sources).
      snapshots: { ...CURRENT_SNAPSHOT, select: { ...CURRENT_SNAPSHOT.select, pages: SNAPSHOT_PAGES } },
    },
  })
  const snapshot = source?.snapshots[0]
  if (!source || !snapshot) return null
  const quotes = await db.quote.findMany({
    where: { snapshotId: snapshot.id, anchorStatus: { not: 'ORPHANED' }, ...visibleQuotes(viewer) },
    orderBy: { start: 'asc' },
    select: {
      id: true,
      start: true,
      end: true,
      exact: true,
      appearances: { where: visibleAppearances(viewer), select: { claim: { select: { slug: true, text: true } } } },
      evidence: { where: { verdict: { ...visibleVerdicts(viewer), claim: visibleClaims(viewer) } }, select: { verdict: { select: { claim: { select: { slug: true, text: true } } } } } },
      figures: { where: { ...visibleFigures(viewer), claim: visibleClaims(viewer) }, select: { claim: { select: { slug: true, text: true } } } },
    },
  })
  return {
    ...source,
    snapshot,
    quotes: quotes.map(({ appearances, evidence, figures, ...quote }) => ({
      ...quote,
      claims: uniqueBySlug([
        ...appearances.map((a) => a.claim),
        ...evidence.map((e) => e.verdict.claim),
        ...figures.flatMap((f) => (f.claim ? [f.claim] : [])),
      ]),
    })),
  }
}

/**
 * A version of a source with the original it was read from, bytes and all, for the download: the
 * version the source is read in now, or `version` when given. Null when the viewer may not read
 * that version (the source is not public, or the version waits for an editor) or it does not exist;
 * its `original` is null for a version stored before originals were kept.
 */
export function getSourceOriginal(viewer: Viewer, sourceId: string, version?: number) {
  return getDb().sourceSnapshot.findFirst({
    where: { AND: [version === undefined ? { sourceId, adoptedAt: { not: null } } : { sourceId, version }, visibleSnapshots(viewer)] },
    orderBy: { version: 'desc' },
    select: ORIGINAL_FILE,
  })
}

function uniqueBySlug<T extends { slug: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.slug, item])).values()]
}

export type SourcePage = NonNullable<Awaited<ReturnType<typeof getSourcePage>>>
