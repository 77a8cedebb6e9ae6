import type { Metadata } from 'next'
import Link from 'next/link'
import { requirePermission } from '@/lib/auth/session'
import { listClaims, type ClaimStatusFilter } from '@/lib/data/workspace/claims'
import styles from './page.module.css'
import claimList from '@/components/claim-list.module.css'

export const metadata: Metadata = { title: 'Claims' }

type Props = { searchParams: Promise<{ q?: string | string[]; status?: string | string[] }> }

const STATUSES: ReadonlyArray<{ value: ClaimStatusFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'unpublished', label: 'Unpublished' },
  { value: 'published', label: 'Published' },
]

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export default async function ClaimsPage({ searchParams }: Props) {
  const user = await requirePermission('workspace.view', '/review/claims')
  const params = await searchParams
  const q = first(params.q).trim().slice(0, 200)
  const status = STATUSES.find((s) => s.value === first(params.status))?.value ?? 'all'
  const claims = await listClaims(user, { q: q.length >= 3 ? q : undefined, status })
  return (
    <>
      <header>
        <p className="eyebrow">Workspace</p>
        <h1>Claims</h1>
        <p className="meta">New claims start from a passage: open a source and select it.</p>
      </header>
      <form className={styles.claimSearch} role="search" aria-label="Claims">
        <div className="form__field">
          <label htmlFor="claims-q">Words in the claim</label>
          <input id="claims-q" name="q" type="search" defaultValue={q} maxLength={200} aria-describedby="claims-q-hint" />
          <p id="claims-q-hint" className="form__hint">
            {q && q.length < 3 ? 'Type at least 3 characters to search.' : 'Finds claims with similar words, not only exact ones.'}
          </p>
        </div>
        <div className="form__field">
          <label htmlFor="claims-status">Status</label>
          <select id="claims-status" name="status" defaultValue={status}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">
          {q.length >= 3 ? `Claims like “${q}”` : 'Latest edited'} <span className="queue__count">({claims.length})</span>
        </h2>
        {claims.length === 0 ? (
          <p className="empty">No claims match.</p>
        ) : (
          <ul className={claimList.claimList}>
            {claims.map((claim) => (
              <li key={claim.id} className={`${claimList.item} card`}>
                <p className="eyebrow">
                  {claim.publishedAt ? 'Published' : 'Unpublished'}
                  {claim.verdicts[0] ? ` · verdict ${claim.verdicts[0].status.toLowerCase().replace('_', ' ')}` : ' · no verdict'}
                </p>
                <p className={claimList.title}>
                  <Link href={`/review/claims/${claim.id}`}>{claim.text}</Link>
                </p>
                <p className="meta">
                  {claim._count.appearances} passage{claim._count.appearances === 1 ? '' : 's'} · {claim._count.figures} figure{claim._count.figures === 1 ? '' : 's'}
                  {claim.claimant ? ` · ${claim.claimant}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
