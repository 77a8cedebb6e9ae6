import type { CurrentUser } from '../auth'
import { getDb } from '../db'
import type { VerdictStatus } from '../generated/prisma/enums'
import { can } from '../permissions'

const verdictRow = {
  id: true,
  revision: true,
  status: true,
  rating: true,
  summary: true,
  updatedAt: true,
  claim: { select: { slug: true, text: true } },
  author: { select: { name: true } },
} as const

/** The queues on a team member's workspace home. */
export async function getWorkspaceQueues(user: CurrentUser) {
  const db = getDb()
  const byStatus = (status: VerdictStatus, extra = {}) =>
    db.verdict.findMany({ where: { status, ...extra }, orderBy: { updatedAt: 'desc' }, take: 20, select: verdictRow })
  const [drafts, returned, awaitingApproval, recentlyPublished] = await Promise.all([
    byStatus('DRAFT', { lastEditedById: user.id }),
    byStatus('CHANGES_REQUESTED', { authorId: user.id }),
    // An editor never approves a verdict they wrote or last edited.
    can(user.role, 'verdict.approve') ? byStatus('SUBMITTED', { authorId: { not: user.id }, lastEditedById: { not: user.id } }) : Promise.resolve([]),
    db.verdict.findMany({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'desc' }, take: 10, select: verdictRow }),
  ])
  return { drafts, returned, awaitingApproval, recentlyPublished }
}

export type WorkspaceVerdict = Awaited<ReturnType<typeof getWorkspaceQueues>>['drafts'][number]
