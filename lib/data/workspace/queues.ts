import type { CurrentUser } from '../../auth/session'
import { getDb } from '../../db'
import type { Prisma } from '../../generated/prisma/client'
import type { VerdictStatus } from '../../generated/prisma/enums'
import { can } from '../../auth/permissions'

const verdictRow = {
  id: true,
  revision: true,
  status: true,
  rating: true,
  summary: true,
  reviewComment: true,
  updatedAt: true,
  claim: { select: { id: true, slug: true, text: true } },
  author: { select: { name: true } },
} as const satisfies Prisma.VerdictSelect

/** The queues on a team member's workspace home. */
export async function getWorkspaceQueues(user: CurrentUser) {
  const db = getDb()
  const byStatus = (status: VerdictStatus, where: Prisma.VerdictWhereInput = {}) =>
    db.verdict.findMany({ where: { status, ...where }, orderBy: { updatedAt: 'desc' }, take: 20, select: verdictRow })
  const mine: Prisma.VerdictWhereInput = { OR: [{ authorId: user.id }, { lastEditedById: user.id }, { contributors: { some: { userId: user.id } } }] }
  // An editor never approves or publishes a verdict they wrote or changed, so those never queue for them.
  const notMine: Prisma.VerdictWhereInput = { authorId: { not: user.id }, lastEditedById: { not: user.id }, contributors: { none: { userId: user.id } } }
  const isEditor = can(user.role, 'verdict.approve')
  const [drafts, returned, awaitingApproval, readyToPublish, recentlyPublished] = await Promise.all([
    byStatus('DRAFT', mine),
    byStatus('CHANGES_REQUESTED', mine),
    isEditor ? byStatus('SUBMITTED', notMine) : Promise.resolve([]),
    can(user.role, 'verdict.publish') ? byStatus('APPROVED', notMine) : Promise.resolve([]),
    db.verdict.findMany({ where: { status: 'PUBLISHED', supersededAt: null }, orderBy: { publishedAt: 'desc' }, take: 10, select: verdictRow }),
  ])
  return { drafts, returned, awaitingApproval, readyToPublish, recentlyPublished }
}

export type WorkspaceVerdict = Awaited<ReturnType<typeof getWorkspaceQueues>>['drafts'][number]
