import Link from 'next/link'
import { signOutOfWorkspace } from '@/lib/actions/sign-out'
import type { CurrentUser } from '@/lib/auth/session'
import { can, ROLE_LABELS, type Permission } from '@/lib/auth/permissions'
import styles from './workspace-nav.module.css'

const LINKS: ReadonlyArray<{ href: string; label: string; permission: Permission }> = [
  { href: '/review', label: 'Queues', permission: 'workspace.view' },
  { href: '/review/sources', label: 'Sources', permission: 'workspace.view' },
  { href: '/review/claims', label: 'Claims', permission: 'workspace.view' },
  { href: '/review/quantities', label: 'Quantities', permission: 'workspace.view' },
  { href: '/review/conflicts', label: 'Conflicts', permission: 'conflict.resolve' },
  { href: '/review/changes', label: 'Changes', permission: 'workspace.view' },
  { href: '/review/changed-sources', label: 'Changed sources', permission: 'source.watch' },
  { href: '/review/requests', label: 'Requests', permission: 'request.triage' },
  { href: '/review/audit', label: 'Audit log', permission: 'audit.view' },
  { href: '/admin/accounts', label: 'Accounts', permission: 'user.manage' },
]

/** The team's navigation: only the places this role may go. Pages check again for themselves. */
export function WorkspaceNav({ user }: { user: CurrentUser }) {
  return (
    <div className={styles.workspaceNav}>
      <nav aria-label="Workspace">
        <ul className={styles.links}>
          {LINKS.filter((link) => can(user.role, link.permission)).map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutOfWorkspace} className={styles.account}>
        <span className="meta">
          {user.name} · {ROLE_LABELS[user.role]}
        </span>
        <button type="submit" className="button button--quiet">
          Sign out
        </button>
      </form>
    </div>
  )
}
