// A snapshot's open suggestions for the reader, a page at a time and by kind: figures in text
// order, sentences worth checking from the most worth checking (Suggestion.score). A long source has thousands, and
// the reader shows the first page of each (getSource) and fetches the next on request
// (lib/actions/list-suggestions.ts). Pages are keyed by the last suggestion shown, not by an
// offset, so dismissing one while reading never skips or repeats another.
import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import { notFound } from '../../errors'
import type { ParsedFigure } from '../../figures'
import type { Prisma } from '../../generated/prisma/client'
import type { SuggestionKind } from '../../generated/prisma/enums'
import { readableBy } from './access'

export const SUGGESTION_PAGE_SIZE = 25

const SUGGESTION_FIELDS = { id: true, kind: true, start: true, end: true, exact: true, figure: true } as const satisfies Prisma.SuggestionSelect

/**
 * How each kind is listed: figures in text order; sentences most worth checking first (those
 * stored before sentences were scored, unscored, last), then in text order. The id last, so the
 * order is total and a page ends at a definite place.
 */
const ORDER = {
  FIGURE: [{ start: 'asc' }, { id: 'asc' }],
  CHECK_WORTHY: [{ score: { sort: 'desc', nulls: 'last' } }, { start: 'asc' }, { id: 'asc' }],
} as const satisfies Record<SuggestionKind, Prisma.SuggestionOrderByWithRelationInput[]>

type Position = { id: string; start: number; score: number | null }

/** Suggestions that come after `last` in text order (start, then id). */
function afterInText(last: Position): Prisma.SuggestionWhereInput[] {
  return [{ start: { gt: last.start } }, { start: last.start, id: { gt: last.id } }]
}

/** Suggestions of `kind` that come after `last` in ORDER[kind]. */
function after(kind: SuggestionKind, last: Position): Prisma.SuggestionWhereInput {
  if (kind === 'FIGURE') return { OR: afterInText(last) }
  // Unscored ones come last, in text order among themselves.
  if (last.score === null) return { score: null, OR: afterInText(last) }
  return { OR: [{ score: { lt: last.score } }, { score: null }, ...afterInText(last).map((where) => ({ ...where, score: last.score }))] }
}

export type SuggestionPage = { suggestions: ReaderSuggestion[]; hasMore: boolean }

/**
 * The open suggestions of one kind in a snapshot, the page after the suggestion `afterId` (the
 * first page without it). Nothing for someone whose role may not use the reader.
 */
export async function listSuggestionPage(asker: CurrentUser, query: { snapshotId: string; kind: SuggestionKind; afterId?: string }): Promise<SuggestionPage> {
  const db = getDb()
  const where = readableBy(asker, 'workspace.view', { snapshotId: query.snapshotId, kind: query.kind })
  let position: Prisma.SuggestionWhereInput = {}
  if (query.afterId) {
    // Whatever its status now: the one shown last may have been dismissed since.
    const last = await db.suggestion.findFirst({ where: { ...where, id: query.afterId }, select: { id: true, start: true, score: true } })
    if (!last) throw notFound('suggestion')
    position = after(query.kind, last)
  }
  const rows = await db.suggestion.findMany({
    // Each condition its own AND member, so no key of one (the position's OR) replaces another's.
    where: { AND: [where, { status: 'OPEN' }, position] },
    orderBy: ORDER[query.kind],
    take: SUGGESTION_PAGE_SIZE + 1,
    select: SUGGESTION_FIELDS,
  })
  const shown = rows.slice(0, SUGGESTION_PAGE_SIZE)
  // A PDF's pages that OCR read: a figure from one is checked against the scan before it is used.
  const ocrPages = shown.length === 0 ? [] : await db.snapshotPage.findMany({ where: { snapshotId: query.snapshotId, ocr: true }, select: { start: true, end: true } })
  return { suggestions: shown.map((row) => toReaderSuggestion(row, ocrPages)), hasMore: rows.length > SUGGESTION_PAGE_SIZE }
}

/** A section of the reader's suggestions: how many are open, and the first page. */
export type SuggestionSection = { total: number; first: ReaderSuggestion[] }

/** The first page of each kind and how many of each are open, for the reader. */
export async function getSuggestionSections(asker: CurrentUser, snapshotId: string): Promise<Record<SuggestionKind, SuggestionSection>> {
  const [counts, figures, worthChecking] = await Promise.all([
    getDb().suggestion.groupBy({ by: ['kind'], where: readableBy(asker, 'workspace.view', { snapshotId, status: 'OPEN' as const }), _count: true }),
    listSuggestionPage(asker, { snapshotId, kind: 'FIGURE' }),
    listSuggestionPage(asker, { snapshotId, kind: 'CHECK_WORTHY' }),
  ])
  const total = (kind: SuggestionKind) => counts.find((count) => count.kind === kind)?._count ?? 0
  return {
    FIGURE: { total: total('FIGURE'), first: figures.suggestions },
    CHECK_WORTHY: { total: total('CHECK_WORTHY'), first: worthChecking.suggestions },
  }
}

type Span = { start: number; end: number }

function toReaderSuggestion({ figure, ...suggestion }: Prisma.SuggestionGetPayload<{ select: typeof SUGGESTION_FIELDS }>, ocrPages: Span[]) {
  const isReadByOcr = ocrPages.some((page) => page.start < suggestion.end && suggestion.start < page.end)
  return { ...suggestion, figure: asParsedFigure(figure), isReadByOcr }
}

/** The importer stores a lib/figures ParsedFigure as JSON; anything else is ignored. */
function asParsedFigure(value: unknown): ParsedFigure | null {
  if (!value || typeof value !== 'object') return null
  const figure = value as Partial<ParsedFigure>
  return typeof figure.qualifier === 'string' && typeof figure.value === 'number' ? (figure as ParsedFigure) : null
}

export type ReaderSuggestion = ReturnType<typeof toReaderSuggestion>
