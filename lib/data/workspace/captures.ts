// Team reads of captures (docs/decisions/024): a source's watch panel (whether it is watched, when it
// is checked next, its captures), the "Changed sources" queue of re-checks that found something, and
// one capture as its progress page follows it. Every team member may see every capture.
import type { CurrentUser } from '../../auth/session'
import { can } from '../../auth/permissions'
import { getDb } from '../../db'
import { notFound } from '../../errors'
import type { Prisma } from '../../generated/prisma/client'
import { CHANGE_STATUSES } from '../../server/captures/mark-capture-seen'
import { watchRefusal } from '../../server/captures/watch-rules'
import { readableBy } from './access'

/** Captures a source's panel lists, newest first. */
export const PANEL_CAPTURES = 20

const captureRow = {
  id: true,
  purpose: true,
  status: true,
  createdAt: true,
  fetchedAt: true,
  finalUrl: true,
  httpStatus: true,
  error: true,
  requestedBy: { select: { name: true } },
  snapshot: { select: { version: true } },
} as const satisfies Prisma.CaptureSelect

/** One source's watch panel; null when the asker may not read it. */
export async function getSourceWatch(asker: CurrentUser, sourceId: string) {
  const source = await getDb().source.findUnique({
    where: readableBy(asker, 'workspace.view', { id: sourceId }),
    select: {
      url: true,
      isWatched: true,
      nextCheckAt: true,
      captures: { orderBy: { createdAt: 'desc' }, take: PANEL_CAPTURES, select: captureRow },
      _count: { select: { captures: true } },
    },
  })
  if (!source) return null
  const capturedVersions = await getDb().capture.count({ where: { sourceId, status: 'STORED' } })
  return {
    isWatched: source.isWatched,
    nextCheckAt: source.nextCheckAt,
    lastCheckedAt: source.captures.find((capture) => capture.fetchedAt !== null)?.fetchedAt ?? null,
    captures: source.captures,
    captureCount: source._count.captures,
    /** Why it cannot be watched or re-checked (null: it can), as far as the source goes. */
    refusal: watchRefusal({ url: source.url, capturedVersions }),
    mayWatch: can(asker.role, 'source.watch'),
  }
}

export type SourceWatch = NonNullable<Awaited<ReturnType<typeof getSourceWatch>>>
export type CaptureRow = SourceWatch['captures'][number]

const UNSEEN_CHANGE = { purpose: 'RECHECK', status: { in: [...CHANGE_STATUSES] }, reviewedAt: null } as const satisfies Prisma.CaptureWhereInput

/** Re-checks that found a change nobody has marked seen, newest first. */
export async function listChangedSources(asker: CurrentUser, take = 200) {
  const rows = await getDb().capture.findMany({
    where: readableBy(asker, 'source.watch', UNSEEN_CHANGE),
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      status: true,
      createdAt: true,
      finalUrl: true,
      requestedUrl: true,
      httpStatus: true,
      requestedBy: { select: { name: true } },
      source: { select: { id: true, title: true } },
      snapshot: { select: { version: true, adoptedAt: true, pendingChange: { select: { id: true, status: true } } } },
    },
  })
  // A re-check always names its source (deleting the source deletes its captures).
  return rows.flatMap(({ source, ...row }) => (source ? [{ ...row, source }] : []))
}

export type ChangedSource = Awaited<ReturnType<typeof listChangedSources>>[number]

export function countChangedSources(asker: CurrentUser): Promise<number> {
  return getDb().capture.count({ where: readableBy(asker, 'source.watch', UNSEEN_CHANGE) })
}

export const CAPTURE_PROGRESS = {
  id: true,
  purpose: true,
  status: true,
  requestedUrl: true,
  fileName: true,
  pagesRead: true,
  pageCount: true,
  finalUrl: true,
  httpStatus: true,
  mediaType: true,
  fetchedAt: true,
  error: true,
  createdAt: true,
  updatedAt: true,
  requestedBy: { select: { name: true } },
  source: { select: { id: true, title: true } },
  snapshot: { select: { version: true } },
} as const satisfies Prisma.CaptureSelect

export type CaptureProgress = Prisma.CaptureGetPayload<{ select: typeof CAPTURE_PROGRESS }>

export async function getCaptureProgress(id: string): Promise<CaptureProgress> {
  const capture = await getDb().capture.findUnique({ where: { id }, select: CAPTURE_PROGRESS })
  if (capture === null) throw notFound('capture')
  return capture
}
