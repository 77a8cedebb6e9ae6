import type { Metadata } from 'next'
import { CheckRequestList } from '@/components/check-request-list'
import { requirePermission } from '@/lib/auth/session'
import { listCheckRequests } from '@/lib/data/workspace/check-requests'

export const metadata: Metadata = { title: 'Readers’ requests' }

export default async function CheckRequestsPage() {
  const user = await requirePermission('request.triage', '/review/requests')
  const { open, decided } = await listCheckRequests(user)
  return (
    <>
      <header>
        <p className="eyebrow">Workspace</p>
        <h1>Readers’ requests</h1>
        <p className="meta">Claims readers asked us to check, from the public form. Only the team sees them.</p>
      </header>
      <section aria-labelledby="open-requests-heading">
        <h2 id="open-requests-heading">New ({open.length})</h2>
        {open.length === 0 ? <p className="empty">No new requests.</p> : <CheckRequestList requests={open} label="New requests, oldest first" />}
      </section>
      {decided.length > 0 ? (
        <section aria-labelledby="decided-requests-heading">
          <h2 id="decided-requests-heading">Recently decided</h2>
          <CheckRequestList requests={decided} label="Recently decided requests" />
        </section>
      ) : null}
    </>
  )
}
