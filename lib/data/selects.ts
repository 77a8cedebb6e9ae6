// The shapes several reads select, named once, public and team alike.
import type { Prisma } from '../generated/prisma/client'

/** An account as the admin page lists it and an account change reads it: never its password hash. */
export const ACCOUNT_ROW = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const satisfies Prisma.UserSelect

/** What a source says about itself. */
export const SOURCE_DETAILS = { id: true, title: true, kind: true, publisher: true, author: true, url: true, publishedOn: true } as const satisfies Prisma.SourceSelect

/** What describes a snapshot's original (docs/decisions/021), without its bytes: only the download reads those (lib/db.ts omits them). */
export const ORIGINAL_DETAILS = { sha256: true, size: true, mediaType: true, fileName: true } as const satisfies Prisma.SourceOriginalSelect

/** A snapshot as its original's download reads it: the bytes, and what names the file (lib/http/original-response.ts). */
export const ORIGINAL_FILE = {
  version: true,
  source: { select: { title: true } },
  original: { select: { ...ORIGINAL_DETAILS, bytes: true } },
} as const satisfies Prisma.SourceSnapshotSelect

/** The version a source is read in now (the latest adopted one), as the reader shows it. */
export const CURRENT_SNAPSHOT = {
  where: { adoptedAt: { not: null } },
  orderBy: { version: 'desc' },
  take: 1,
  select: { id: true, version: true, text: true, contentHash: true, capturedAt: true, original: { select: ORIGINAL_DETAILS } },
} as const satisfies Prisma.Source$snapshotsArgs

/** A version of a source as lists and comparisons name it, without its text. */
export const VERSION_HEADING = { id: true, version: true, capturedAt: true, adoptedAt: true } as const satisfies Prisma.SourceSnapshotSelect

/** The two versions a comparison's read found among a source's `snapshots` (one, twice, when `from` is `to`); null when either is missing. */
export function pairOf<S extends { snapshots: Array<{ version: number }> }>(source: S, versions: { from: number; to: number }) {
  const { snapshots, ...rest } = source
  const find = (version: number): S['snapshots'][number] | undefined => snapshots.find((snapshot) => snapshot.version === version)
  const [from, to] = [find(versions.from), find(versions.to)]
  return from && to ? { source: rest, from, to } : null
}

/** A figure's value as stated, with its period and derivation in words. */
export const FIGURE_VALUE = { id: true, qualifier: true, value: true, low: true, high: true, unit: true, periodLabel: true, derivation: true } as const satisfies Prisma.FigureSelect

/** A figure listed under its claim: by quantity, then in time order. */
export const CLAIM_FIGURE_ORDER = [{ quantity: { name: 'asc' } }, { periodStart: 'asc' }] as const satisfies Prisma.FigureOrderByWithRelationInput[]

/** What a verdict revision says. */
export const REVISION_CONTENT = { id: true, revision: true, status: true, rating: true, summary: true, rationale: true, correctionNote: true } as const satisfies Prisma.VerdictSelect

/** What names a claim: its words, who made it, its address, and when it was published. */
export const CLAIM_HEADING = { id: true, slug: true, text: true, claimant: true, publishedAt: true } as const satisfies Prisma.ClaimSelect

/** A quote's anchor: its words, their context and offsets, and whether they were found again. */
export const QUOTE_ANCHOR = { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchorStatus: true } as const satisfies Prisma.QuoteSelect

/** A PDF snapshot's pages in order, as the reader marks them and quotes cite them; none for other sources. */
export const SNAPSHOT_PAGES = {
  orderBy: { index: 'asc' },
  select: { index: true, label: true, start: true, end: true, furniture: true, ocr: true, confidence: true },
} as const satisfies Prisma.SourceSnapshot$pagesArgs
