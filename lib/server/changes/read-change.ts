// Reads a pending change the way its approve screen shows it (docs/decisions/016), inside the
// caller's transaction: the page renders it, and the publish write reads it again under lock and
// refuses when it is not what the screen showed (the digest). No Next.js imports.
import { createHash } from 'node:crypto'
import { changeLines, isUnchangedSince, type ChangeLine, type ChangeValues } from '../../changes/pending-change'
import { figureWords } from '../../figures/relation-words'
import { PUBLIC_VIEWER } from '../../data/public/viewer'
import { visibleQuotes } from '../../data/public/visibility'
import type { DbTransaction } from '../../db'
import { notFound } from '../../errors'
import type { Prisma } from '../../generated/prisma/client'
import type { PendingChangeKind } from '../../generated/prisma/enums'
import { COMPARED_FIELDS, toComparable } from '../../figures/comparable'
import { currentSnapshot, previewVersion } from '../sources/adopt-version'
import { sourceDetailsValues } from '../sources/update-source-details'

/** What a new version does to one quote of the version the public reads now. */
export type QuoteMove = { quoteId: string; exact: string; outcome: 'ANCHORED' | 'FUZZY' | 'ORPHANED'; isPublic: boolean }

export type ChangeScreen = {
  id: string
  kind: PendingChangeKind
  status: 'PENDING' | 'PUBLISHED' | 'WITHDRAWN'
  /** Null for a version a watched source's scheduled re-check found. */
  proposedBy: { id: string; name: string } | null
  proposedAt: Date
  decidedBy: { name: string } | null
  decidedAt: Date | null
  /** What it changes, in words, with the team page where it lives and the public one. */
  subject: { words: string; reviewPath: string; publicPath: string }
  lines: ChangeLine[]
  /** Null when the row still reads as it did when the change was proposed; else why it cannot be published. */
  stale: string | null
  /** SOURCE_VERSION: each quote of the current version, and where the new version leaves it. */
  quotes: QuoteMove[]
}

/** The columns `changeSubject` reads: the queue selects them too, so both name a change alike. */
export const SUBJECT_FIELDS = {
  figure: { select: { ...COMPARED_FIELDS, quantity: { select: { id: true, slug: true, name: true, unit: true } } } },
  source: { select: { id: true, title: true } },
  appearance: { select: { id: true, stance: true, claim: { select: { id: true, slug: true, text: true } }, quote: { select: { exact: true } } } },
} as const

type SubjectRow = Prisma.PendingChangeGetPayload<{ select: typeof SUBJECT_FIELDS }>

const CHANGE_FIELDS = {
  id: true,
  kind: true,
  status: true,
  before: true,
  after: true,
  snapshotId: true,
  createdAt: true,
  decidedAt: true,
  proposedBy: { select: { id: true, name: true } },
  decidedBy: { select: { name: true } },
  figure: { select: { ...COMPARED_FIELDS, rank: true, rankReasonKind: true, rankReason: true, quantity: { select: { id: true, slug: true, name: true, unit: true } } } },
  source: { select: { id: true, title: true, kind: true, publisher: true, author: true, url: true, publishedOn: true } },
  appearance: SUBJECT_FIELDS.appearance,
} as const

type Row = NonNullable<Awaited<ReturnType<typeof readRow>>>

const readRow = (tx: DbTransaction, id: string) => tx.pendingChange.findUnique({ where: { id }, select: CHANGE_FIELDS })

/** The row's fields as the public reads them now, in the change's own shape. */
async function currentValues(tx: DbTransaction, row: Row): Promise<Record<string, unknown>> {
  if (row.kind === 'FIGURE_RANK') {
    const figure = row.figure!
    return { rank: figure.rank, rankReasonKind: figure.rankReasonKind, rankReason: figure.rankReason }
  }
  if (row.kind === 'APPEARANCE_STANCE') return { stance: row.appearance!.stance }
  const source = row.source!
  if (row.kind === 'SOURCE_DETAILS') return { ...sourceDetailsValues(source), id: undefined }
  const current = await currentSnapshot(tx, source.id)
  const length = current ? (await tx.sourceSnapshot.findUniqueOrThrow({ where: { id: current.id }, select: { text: true } })).text.length : 0
  return { version: current?.version ?? 0, contentHash: current?.contentHash ?? '', length }
}

/**
 * What a change changes, in words ("4,100 tonnes · Grain at the depot", a source's title, a
 * passage and its claim), with its team and public pages.
 */
export function changeSubject(row: SubjectRow): ChangeScreen['subject'] {
  if (row.appearance) {
    const { claim, quote } = row.appearance
    return { words: `“${quote.exact}” on the claim “${claim.text}”`, reviewPath: `/review/claims/${claim.id}`, publicPath: `/claims/${claim.slug}` }
  }
  if (row.figure) {
    const { quantity } = row.figure
    return {
      words: `${figureWords(toComparable(row.figure), quantity.unit).words} · ${quantity.name}`,
      reviewPath: `/review/quantities/${quantity.id}#figure-${row.figure.id}`,
      publicPath: `/quantities/${quantity.slug}`,
    }
  }
  if (!row.source) return { words: 'A deleted item', reviewPath: '/review/changes', publicPath: '/' }
  const { source } = row
  return { words: source.title, reviewPath: `/review/sources/${source.id}`, publicPath: `/sources/${source.id}` }
}

async function quoteMoves(tx: DbTransaction, snapshotId: string | null): Promise<QuoteMove[]> {
  if (!snapshotId) return []
  const { quotes, moves } = await previewVersion(tx, snapshotId)
  const isPublic = new Set((await tx.quote.findMany({ where: { id: { in: quotes.map((quote) => quote.id) }, ...visibleQuotes(PUBLIC_VIEWER) }, select: { id: true } })).map((quote) => quote.id))
  return moves.map(({ id, result }) => ({
    quoteId: id,
    exact: quotes.find((quote) => quote.id === id)!.exact,
    outcome: result.status === 'ANCHORED' ? 'ANCHORED' : result.status === 'FUZZY' ? 'FUZZY' : 'ORPHANED',
    isPublic: isPublic.has(id),
  }))
}

export async function readChangeScreen(tx: DbTransaction, id: string): Promise<ChangeScreen> {
  const row = await readRow(tx, id)
  if (!row || (!row.figure && !row.source && !row.appearance)) throw notFound('change')
  const before = row.before as ChangeValues[typeof row.kind]
  const after = row.after as ChangeValues[typeof row.kind]
  const isCurrent = row.status !== 'PENDING' || isUnchangedSince(before as Record<string, unknown>, await currentValues(tx, row))
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    proposedBy: row.proposedBy,
    proposedAt: row.createdAt,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    subject: changeSubject(row),
    lines: changeLines(row.kind, before, after),
    stale: isCurrent ? null : 'What the public reads changed after this was proposed, so publishing it would undo that. Withdraw it and propose it again if it is still wanted.',
    quotes: row.status === 'PENDING' ? await quoteMoves(tx, row.snapshotId) : [],
  }
}

/** What the approve screen carries back: a digest of everything it showed. */
export function changeDigest(screen: ChangeScreen): string {
  const { id, kind, status, proposedBy, lines, stale, quotes } = screen
  return createHash('sha256').update(JSON.stringify({ id, kind, status, proposedBy: proposedBy?.id ?? null, lines, stale, quotes })).digest('base64url')
}
