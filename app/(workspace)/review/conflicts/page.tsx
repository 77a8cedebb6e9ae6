import type { Metadata } from 'next'
import { ConflictQueue } from '@/components/conflict-queue'
import { requirePermission } from '@/lib/auth/session'
import { listOpenConflicts } from '@/lib/data/workspace/quantities'

export const metadata: Metadata = { title: 'Conflicts' }

export default async function ConflictsPage() {
  const user = await requirePermission('conflict.resolve', '/review/conflicts')
  const conflicts = await listOpenConflicts(user)
  return (
    <>
      <header>
        <p className="eyebrow">Workspace</p>
        <h1>Conflicts</h1>
        <p className="meta">Figures for one quantity and period whose values cannot both be right, oldest first. Resolve each on its quantity’s page.</p>
      </header>
      <ConflictQueue title="Open conflicts" conflicts={conflicts} total={conflicts.length} empty="No open conflicts." />
    </>
  )
}
