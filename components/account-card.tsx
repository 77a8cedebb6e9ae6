import { AccountRoleForm } from '@/components/account-role-form'
import { AccountSessionsForm } from '@/components/account-sessions-form'
import { AccountStatusForm } from '@/components/account-status-form'
import type { AccountSummary } from '@/lib/data/workspace/accounts'
import { formatDay, isoDay } from '@/lib/format'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import styles from './account-card.module.css'

/** One account on the admin page: who, role, state, and what an admin may change. */
export function AccountCard({ account, isSelf }: { account: AccountSummary; isSelf: boolean }) {
  const headingId = `account-${account.id}`
  return (
    <article className={account.disabledAt ? `${styles.account} card ${styles.accountDisabled}` : `${styles.account} card`} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.accountName}>
        {account.name}
        {isSelf ? <span className="meta"> (you)</span> : null}
      </h3>
      <p className={styles.accountEmail}>{account.email}</p>
      <dl className={styles.accountFacts}>
        <div>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[account.role]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {account.disabledAt ? (
              <strong className={styles.accountDisabled}>
                Disabled since <time dateTime={account.disabledAt.toISOString()}>{formatDay(account.disabledAt)}</time>
              </strong>
            ) : (
              'Enabled'
            )}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <time dateTime={isoDay(account.createdAt)}>{formatDay(account.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {isSelf ? (
        <div className={styles.accountActions}>
          <p className="meta">You cannot change your own role or disable your own account; another admin can.</p>
          <AccountSessionsForm account={account} />
        </div>
      ) : (
        <div className={styles.accountActions}>
          <AccountRoleForm account={account} />
          <AccountStatusForm account={{ id: account.id, name: account.name, isDisabled: Boolean(account.disabledAt) }} />
          {account.disabledAt ? null : <AccountSessionsForm account={account} />}
        </div>
      )}
    </article>
  )
}
