import type { Metadata } from 'next'
import { AccountCard } from '@/components/account-card'
import { AccountCreateForm } from '@/components/account-create-form'
import { requirePermission, type CurrentUser } from '@/lib/auth'
import { listAccounts, type AccountSummary } from '@/lib/data/accounts'
import { PASSWORD_MIN_LENGTH } from '@/lib/password'

export const metadata: Metadata = { title: 'Accounts' }

export default async function AccountsPage() {
  const user = await requirePermission('user.manage', '/admin/accounts')
  const accounts = await listAccounts(user)
  const enabled = accounts.filter((account) => !account.disabledAt)
  const disabled = accounts.filter((account) => account.disabledAt)
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
      <AccountList title="Enabled" accounts={enabled} viewer={user} />
      {disabled.length > 0 ? <AccountList title="Disabled" accounts={disabled} viewer={user} /> : null}
      <AccountCreateForm passwordMinLength={PASSWORD_MIN_LENGTH} />
    </>
  )
}

function AccountList({ title, accounts, viewer }: { title: string; accounts: AccountSummary[]; viewer: CurrentUser }) {
  const headingId = `accounts-${title.toLowerCase()}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="queue__count">({accounts.length})</span>
      </h2>
      <ul className="accounts">
        {accounts.map((account) => (
          <li key={account.id}>
            <AccountCard account={account} isSelf={account.id === viewer.id} />
          </li>
        ))}
      </ul>
    </section>
  )
}
