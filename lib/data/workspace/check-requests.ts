// Readers' check requests, for the team only: the page that calls these requires the permission.
import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import { forbiddenError } from '../../errors'
import { can } from '../../auth/permissions'

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
export async function listCheckRequests(user: CurrentUser) {
  if (!can(user.role, 'request.triage')) throw forbiddenError('Your role does not allow reading check requests.')
  const db = getDb()
  const [open, decided] = await Promise.all([
    db.checkRequest.findMany({ where: { status: 'NEW' }, orderBy: { createdAt: 'asc' }, take: 200, select: requestFields }),
    db.checkRequest.findMany({ where: { status: { not: 'NEW' } }, orderBy: { decidedAt: 'desc' }, take: 50, select: requestFields }),
  ])
  return { open, decided }
}

export type CheckRequestItem = Awaited<ReturnType<typeof listCheckRequests>>['open'][number]
