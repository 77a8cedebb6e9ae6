// Team reads of sources: the list, one source's details for its forms, and the reader (the latest
// snapshot with every quote in it, the quotes a new version left fuzzy or orphaned, and the first
// page of the snapshot's open suggestions of each kind, ./suggestions.ts).
import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import { CURRENT_SNAPSHOT, ORIGINAL_DETAILS, ORIGINAL_FILE, pairOf, SNAPSHOT_PAGES, SOURCE_DETAILS, VERSION_HEADING } from '../selects'
import { readableBy } from './access'
import { getSuggestionSections } from './suggestions'

const claimRef = { select: { id: true, text: true } } as const

/** One source as the reader shows it. */
export async function getSource(asker: CurrentUser, id: string) {
  const db = getDb()
  const source = await db.source.findUnique({
    where: readableBy(asker, 'workspace.view', { id }),
    select: {
      ...SOURCE_DETAILS,
      // A PDF's pages, for the reader's page markers and OCR notice (none for other sources).
      snapshots: { ...CURRENT_SNAPSHOT, select: { ...CURRENT_SNAPSHOT.select, pages: SNAPSHOT_PAGES } },
    },
  })
  const snapshot = source?.snapshots[0]
  if (!source || !snapshot) return null
  const [quotes, needsReview, suggestions, quantities, versions] = await Promise.all([
    db.quote.findMany({
      where: { snapshotId: snapshot.id, anchorStatus: { not: 'ORPHANED' } },
      orderBy: { start: 'asc' },
      select: {
        id: true,
        start: true,
        end: true,
        exact: true,
        anchorStatus: true,
        appearances: { select: { stance: true, claim: claimRef } },
        figures: { select: { id: true, quantity: { select: { name: true } }, claim: claimRef } },
        _count: { select: { evidence: true } },
      },
    }),
    // Quotes a re-import could not anchor exactly, on this or an earlier version of the source.
    db.quote.findMany({
      where: { snapshot: { sourceId: id }, anchorStatus: { in: ['FUZZY', 'ORPHANED'] } },
      orderBy: [{ anchorStatus: 'desc' }, { start: 'asc' }],
      select: {
        id: true,
        exact: true,
        anchorStatus: true,
        snapshot: { select: { version: true } },
        appearances: { select: { claim: claimRef } },
        figures: { select: { claim: claimRef } },
      },
    }),
    getSuggestionSections(asker, snapshot.id),
    db.quantity.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, unit: true } }),
    // Every version, pending ones too, each with the original it was read from.
    db.sourceSnapshot.findMany({ where: { sourceId: id }, orderBy: { version: 'desc' }, select: { version: true, capturedAt: true, adoptedAt: true, original: { select: ORIGINAL_DETAILS } } }),
  ])
  return {
    source: { ...source, snapshots: undefined },
    snapshot,
    quotes,
    needsReview,
    suggestions,
    quantities,
    versions,
  }
}

export type ReaderSource = NonNullable<Awaited<ReturnType<typeof getSource>>>
export type ReaderQuantity = ReaderSource['quantities'][number]

/** One version of a source with the original it was read from, bytes and all, for the team's download. */
export function getVersionOriginal(asker: CurrentUser, sourceId: string, version: number) {
  return getDb().sourceSnapshot.findFirst({ where: readableBy(asker, 'workspace.view', { sourceId, version }), select: ORIGINAL_FILE })
}

/** The claim or figure a save just made, for the notice at the top of the reader. */
export async function getReaderNotice(asker: CurrentUser, saved: { claimId?: string; figureId?: string }) {
  const db = getDb()
  if (saved.claimId) {
    const claim = await db.claim.findUnique({ where: readableBy(asker, 'workspace.view', { id: saved.claimId }), select: { id: true, text: true } })
    return claim ? { kind: 'claim' as const, claim } : null
  }
  if (saved.figureId) {
    const figure = await db.figure.findUnique({ where: readableBy(asker, 'workspace.view', { id: saved.figureId }), select: { id: true, quantity: { select: { name: true } }, claim: claimRef } })
    return figure ? { kind: 'figure' as const, figure } : null
  }
  return null
}

/** Every source, most recently changed first, with its latest version and how much is anchored. */
export async function listSources(asker: CurrentUser) {
  const sources = await getDb().source.findMany({
    where: readableBy(asker, 'workspace.view', {}),
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      publisher: true,
      publishedOn: true,
      updatedAt: true,
      snapshots: {
        where: { adoptedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          version: true,
          capturedAt: true,
          _count: { select: { quotes: true, suggestions: { where: { status: 'OPEN' } } } },
        },
      },
    },
  })
  return sources.map(({ snapshots, ...source }) => ({ ...source, latest: snapshots[0] ?? null }))
}

/** A source's details, for the forms that edit them or import a new version. */
export async function getSourceDetails(asker: CurrentUser, id: string) {
  return getDb().source.findUnique({
    where: readableBy(asker, 'source.import', { id }),
    select: { ...SOURCE_DETAILS, updatedAt: true },
  })
}

/** Every version of a source, oldest first, without its text, a version waiting for an editor included. */
export async function listSourceVersions(asker: CurrentUser, id: string) {
  return getDb().sourceSnapshot.findMany({
    where: { source: readableBy(asker, 'workspace.view', { id }) },
    orderBy: { version: 'asc' },
    select: { ...VERSION_HEADING, capturedBy: { select: { name: true } } },
  })
}

export type SourceVersionItem = Awaited<ReturnType<typeof listSourceVersions>>[number]

/** Two versions of a source with their text, for the comparison; null unless the source has both. */
export async function getSourceVersionPair(asker: CurrentUser, id: string, versions: { from: number; to: number }) {
  const source = await getDb().source.findUnique({
    where: readableBy(asker, 'workspace.view', { id }),
    select: { id: true, title: true, snapshots: { where: { version: { in: [versions.from, versions.to] } }, select: { ...VERSION_HEADING, text: true } } },
  })
  return source ? pairOf(source, versions) : null
}
