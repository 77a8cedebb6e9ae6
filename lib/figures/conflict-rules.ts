// Who may resolve and publish a conflict's resolution, and why not: one place, so the quantity
// page's buttons and the actions cannot drift apart (as lib/verdicts/workflow.ts for verdicts).
import type { CurrentUser } from '../auth/session'
import type { ConflictResolution, FigureRelationKind } from '../generated/prisma/enums'
import { AppError } from '../errors'
import { can } from '../auth/permissions'

export type ResolutionState = {
  kind: FigureRelationKind
  resolution: ConflictResolution | null
  resolvedById: string | null
  resolutionPublishedAt: Date | null
}

/** Why this person may not resolve the relation now, or null when they may. */
export function resolveRefusal(relation: ResolutionState, user: Pick<CurrentUser, 'role'>): string | null {
  if (!can(user.role, 'conflict.resolve')) return 'Your role does not allow resolving conflicts.'
  if (relation.kind !== 'CONFLICT') return 'These figures no longer conflict: one of them was changed since.'
  if (relation.resolution !== null) return 'This conflict has already been resolved.'
  return null
}

/** Why this person may not publish the resolution now, or null when they may (four eyes: never their own). */
export function publishRefusal(relation: ResolutionState, user: Pick<CurrentUser, 'id' | 'role'>): string | null {
  if (relation.kind !== 'CONFLICT' || relation.resolution === null) return 'There is no resolution to publish.'
  if (relation.resolutionPublishedAt !== null) return 'This resolution is already published.'
  if (!can(user.role, 'conflict.publish')) return 'An editor publishes resolutions.'
  if (relation.resolvedById === user.id) return 'You resolved this conflict, so another editor publishes it.'
  return null
}

/** A relation is deleted and computed afresh whenever one of its figures changes. */
export const RELATION_GONE = new AppError('not-found', 'This conflict no longer exists: one of its figures was changed, so their relations were computed again. Nothing was saved; reload the page.')
