// Who may do what, as data. Every server action and route handler asks `can(role, permission)`
// (through lib/auth/session.ts), so this map is the whole of the role model.
import type { Role } from '../generated/prisma/enums'

const TEAM: readonly Role[] = ['REVIEWER', 'EDITOR', 'ADMIN']
const EDITORS: readonly Role[] = ['EDITOR', 'ADMIN']
const ADMINS: readonly Role[] = ['ADMIN']

export const PERMISSIONS = {
  'workspace.view': TEAM,
  'source.import': TEAM,
  /** Watch a captured source for changes, re-check it now, mark what a re-check found as seen (docs/decisions/024). */
  'source.watch': TEAM,
  'claim.write': TEAM,
  'figure.write': TEAM,
  'conflict.resolve': TEAM,
  'conflict.publish': EDITORS,
  /** Publish someone else's pending change to something public (docs/decisions/016). */
  'change.publish': EDITORS,
  'note.write': TEAM,
  'request.triage': TEAM,
  'verdict.draft': TEAM,
  'verdict.submit': TEAM,
  'verdict.approve': EDITORS,
  'verdict.return': EDITORS,
  'verdict.publish': EDITORS,
  'verdict.correct': EDITORS,
  'audit.view': EDITORS,
  'user.manage': ADMINS,
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role)
}

export const ROLE_LABELS: Record<Role, string> = {
  REVIEWER: 'Reviewer',
  EDITOR: 'Editor',
  ADMIN: 'Admin',
}
