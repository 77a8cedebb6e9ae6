import type { Metadata } from 'next'
import { ChangeList } from '@/components/change-list'
import { requirePermission } from '@/lib/auth/session'
import { listChanges } from '@/lib/data/workspace/pending-changes'

export const metadata: Metadata = { title: 'Changes' }

export default async function ChangesPage() {
  const user = await requirePermission('workspace.view', '/review/changes')
  const changes = await listChanges(user)
  return (
    <>
      <header>
        <p className="eyebrow">Workspace</p>
        <h1>Changes to public pages</h1>
        <p className="meta">
          A change to something the public already reads (a published figure’s rank, a public source’s details or text, a published passage’s stance) waits here. The public keeps
          reading the published state until an editor other than the proposer publishes the change.
        </p>
      </header>
      <ChangeList title="Waiting for an editor" changes={changes.pending} empty="No changes are waiting." />
      <ChangeList title="Recently decided" changes={changes.decided} empty="No change has been published or withdrawn yet." />
    </>
  )
}
