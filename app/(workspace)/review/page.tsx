import type { Metadata } from 'next'
import { ChangeList } from '@/components/change-list'
import { ChangedSourceList } from '@/components/changed-source-list'
import { ConflictQueue } from '@/components/conflict-queue'
import { VerdictQueue } from '@/components/verdict-queue'
import { requirePermission } from '@/lib/auth/session'
import { countChangedSources, listChangedSources } from '@/lib/data/workspace/captures'
import { listChanges } from '@/lib/data/workspace/pending-changes'
import { getQueues } from '@/lib/data/workspace/queues'
import { countOpenConflicts, listOpenConflicts } from '@/lib/data/workspace/quantities'
import { can, ROLE_LABELS } from '@/lib/auth/permissions'

export const metadata: Metadata = { title: 'Workspace' }

export default async function ReviewPage() {
  const user = await requirePermission('workspace.view', '/review')
  const [queues, conflicts, openConflicts, changes, changedSources, changedSourceCount] = await Promise.all([
    getQueues(user),
    listOpenConflicts(user, 5),
    countOpenConflicts(user),
    listChanges(user),
    listChangedSources(user, 5),
    countChangedSources(user),
  ])
  return (
    <>
      <header>
        <p className="eyebrow">Workspace</p>
        <h1>Hello, {user.name}</h1>
        <p className="meta">
          Signed in as {user.email} ({ROLE_LABELS[user.role]})
        </p>
      </header>
      <VerdictQueue title="My drafts" verdicts={queues.drafts} empty="No drafts." />
      <VerdictQueue title="Returned to me" verdicts={queues.returned} empty="Nothing returned to you." showComment />
      {can(user.role, 'verdict.approve') ? (
        <VerdictQueue title="Awaiting my approval" verdicts={queues.awaitingApproval} empty="Nothing is waiting for your approval." />
      ) : null}
      {can(user.role, 'verdict.publish') ? (
        <VerdictQueue title="Approved, ready to publish" verdicts={queues.readyToPublish} empty="Nothing approved is waiting to be published." />
      ) : null}
      {can(user.role, 'conflict.resolve') ? (
        <ConflictQueue title="Conflicting figures" conflicts={conflicts} total={openConflicts} empty="No open conflicts between figures." moreHref="/review/conflicts" />
      ) : null}
      <ChangeList title="Changes to public pages" changes={changes.pending} empty="No change to a public page is waiting for an editor." />
      {can(user.role, 'source.watch') ? (
        <ChangedSourceList title="Changed sources" changes={changedSources} total={changedSourceCount} empty="No watched source has changed since it was last looked at." moreHref="/review/changed-sources" />
      ) : null}
      <VerdictQueue title="Recently published" verdicts={queues.recentlyPublished} empty="Nothing published yet." />
    </>
  )
}
