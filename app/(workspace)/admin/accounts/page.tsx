import type { Metadata } from 'next'
import { AccountCard } from '@/components/account-card'
import { AccountCreateForm } from '@/components/account-create-form'
import { requirePermission } from '@/lib/auth/session'
import { listAccounts } from '@/lib/data/workspace/accounts'
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password'
import styles from './page.module.css'

export const metadata: Metadata = { title: 'Accounts' }

export default async function AccountsPage() {
  const user = await requirePermission('user.manage', '/admin/accounts')
  const accounts = await listAccounts(user)
  const disabledCount = accounts.filter((account) => account.disabledAt).length
  return (
    <>
      <header>
        <p className="eyebrow">Admin</p>
        <h1>Accounts</h1>
        <p className="meta">A new role or a disabled account counts from that person&apos;s next request, even in a session already open.</p>
        <p>
          <a href="#create-account-heading">Create an account</a>
        </p>
      </header>
      {/* One list in a fixed order: a card stays in place (with its message) when its account changes. */}
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">
          All accounts{' '}
          <span className="queue__count">
            ({accounts.length - disabledCount} enabled, {disabledCount} disabled)
          </span>
        </h2>
        <ul className={styles.accounts}>
          {accounts.map((account) => (
            <li key={account.id}>
              <AccountCard account={account} isSelf={account.id === user.id} />
            </li>
          ))}
        </ul>
      </section>
      <AccountCreateForm passwordMinLength={PASSWORD_MIN_LENGTH} />
    </>
  )
}
