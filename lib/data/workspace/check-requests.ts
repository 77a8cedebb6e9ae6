// Readers' check requests, for the team only: the page that calls these requires the permission.
import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import { readableBy } from './access'

const requestFields = {
  id: true,
  claimText: true,
  seenAt: true,
  email: true,
  status: true,
  decisionNote: true,
  decidedAt: true,
  createdAt: true,
  decidedBy: { select: { name: true } },
} as const

/** New requests oldest first, then the 50 decided most recently. */
export async function listCheckRequests(asker: CurrentUser) {
  const db = getDb()
  const [open, decided] = await Promise.all([
    db.checkRequest.findMany({ where: readableBy(asker, 'request.triage', { status: 'NEW' as const }), orderBy: { createdAt: 'asc' }, take: 200, select: requestFields }),
    db.checkRequest.findMany({ where: readableBy(asker, 'request.triage', { status: { not: 'NEW' as const } }), orderBy: { decidedAt: 'desc' }, take: 50, select: requestFields }),
  ])
  return { open, decided }
}

export type CheckRequestItem = Awaited<ReturnType<typeof listCheckRequests>>['open'][number]
