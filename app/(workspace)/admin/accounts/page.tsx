import type { Metadata } from 'next'
import { AccountCard } from '@/components/account-card'
import { AccountCreateForm } from '@/components/account-create-form'
import { requirePermission } from '@/lib/auth'
import { listAccounts } from '@/lib/data/accounts'
import { PASSWORD_MIN_LENGTH } from '@/lib/password'

export const metadata: Metadata = { title: 'Accounts' }

export default async function AccountsPage() {
  const user = await requirePermission('user.manage', '/admin/accounts')
  const accounts = await listAccounts(user)
  const enabledCount = accounts.filter((account) => !account.disabledAt).length
  return (
    <>
      <header>
        <p className="eyebrow">Admin</p>
        <h1>Accounts</h1>
        <p className="meta">
          {accounts.length} accounts, {enabledCount} enabled. A change of role or a disabled account counts from that person&apos;s next request, even
          in a session already open.
        </p>
        <p>
          <a href="#create-account-heading">Create an account</a>
        </p>
      </header>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="visually-hidden">
          All accounts
        </h2>
        <ul className="accounts">
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
