import type { CurrentUser } from '../../auth/session'
import type { Permission } from '../../auth/permissions'
import { readConsistently, type DbTransaction } from '../../db'
import type { Prisma } from '../../generated/prisma/client'
import type { VerdictStatus } from '../../generated/prisma/enums'
import { readableBy } from './access'

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
export function getQueues(asker: CurrentUser) {
  // One snapshot of the database: a claim deleted between the queries of a nested select would
  // otherwise come back as null where a verdict's claim is promised (readConsistently).
  return readConsistently((tx) => readQueues(tx, asker))
}

async function readQueues(db: DbTransaction, asker: CurrentUser) {
  // Each queue asks for the permission of the step it waits on: only editors see what awaits approval.
  const byStatus = (permission: Permission, status: VerdictStatus, where: Prisma.VerdictWhereInput) =>
    db.verdict.findMany({ where: readableBy(asker, permission, { status, ...where }), orderBy: { updatedAt: 'desc' }, take: 20, select: verdictRow })
  const mine: Prisma.VerdictWhereInput = { OR: [{ authorId: asker.id }, { lastEditedById: asker.id }, { contributors: { some: { userId: asker.id } } }] }
  // An editor never approves or publishes a verdict they wrote or changed, so those never queue for them.
  const notMine: Prisma.VerdictWhereInput = { authorId: { not: asker.id }, lastEditedById: { not: asker.id }, contributors: { none: { userId: asker.id } } }
  const [drafts, returned, awaitingApproval, readyToPublish, recentlyPublished] = await Promise.all([
    byStatus('workspace.view', 'DRAFT', mine),
    byStatus('workspace.view', 'CHANGES_REQUESTED', mine),
    byStatus('verdict.approve', 'SUBMITTED', notMine),
    byStatus('verdict.publish', 'APPROVED', notMine),
    db.verdict.findMany({
      where: readableBy(asker, 'workspace.view', { status: 'PUBLISHED' as const, supersededAt: null }),
      orderBy: { publishedAt: 'desc' },
      take: 10,
      select: verdictRow,
    }),
  ])
  return { drafts, returned, awaitingApproval, readyToPublish, recentlyPublished }
}

export type WorkspaceVerdict = Awaited<ReturnType<typeof getQueues>>['drafts'][number]
