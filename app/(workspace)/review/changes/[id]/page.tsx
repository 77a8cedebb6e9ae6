import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ChangeDecisionForm } from '@/components/change-decision-form'
import { ChangePublication } from '@/components/change-publication'
import { requirePermission } from '@/lib/auth/session'
import { CHANGE_KIND_LABELS } from '@/lib/changes/pending-change'
import { getChangeScreen } from '@/lib/data/workspace/pending-changes'
import { can } from '@/lib/auth/permissions'
import { idSchema } from '@/lib/validations/params'

export const metadata: Metadata = { title: 'Change to a public page' }

type Props = { params: Promise<{ id: string }> }

export default async function ChangePage({ params }: Props) {
  const { id: rawId } = await params
  const user = await requirePermission('workspace.view', `/review/changes/${encodeURIComponent(rawId)}`)
  const id = idSchema.safeParse(rawId)
  const found = id.success ? await getChangeScreen(user, id.data) : null
  if (!found) notFound()
  const { screen, digest, text } = found
  const isPending = screen.status === 'PENDING'
  const isProposer = screen.proposedBy?.id === user.id
  const publishRefusal = !can(user.role, 'change.publish')
    ? 'An editor publishes it.'
    : isProposer
      ? 'You proposed this change, so another editor must publish it.'
      : screen.stale
  return (
    <>
      <header>
        <p className="eyebrow">
          <Link href="/review/changes">Changes</Link> · {isPending ? 'waiting for an editor' : screen.status === 'PUBLISHED' ? 'published' : 'withdrawn'}
        </p>
        <h1>{CHANGE_KIND_LABELS[screen.kind]}</h1>
        <p className="meta">{screen.subject.words}</p>
      </header>
      <ChangePublication screen={screen} text={text} />
      <ChangeDecisionForm
        changeId={screen.id}
        isPending={isPending}
        digest={digest}
        publishRefusal={publishRefusal}
        canWithdraw={isProposer || can(user.role, 'change.publish')}
      />
    </>
  )
}
