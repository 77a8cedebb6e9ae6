import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ClaimEditForm } from '@/components/claim-edit-form'
import { ClaimAppearances, ClaimFigureList, ClaimNoteList } from '@/components/claim-workspace-lists'
import { NoteForm } from '@/components/note-form'
import { requirePermission } from '@/lib/auth/session'
import { WaitingChanges } from '@/components/waiting-changes'
import { listWaitingChanges } from '@/lib/data/workspace/pending-changes'
import { getClaim } from '@/lib/data/workspace/claims'
import { formatDay } from '@/lib/format'
import { idSchema } from '@/lib/validations/params'
import styles from './page.module.css'

export const metadata: Metadata = { title: 'Claim' }

type Props = { params: Promise<{ id: string }> }

export default async function ClaimWorkspacePage({ params }: Props) {
  const { id: rawId } = await params
  const user = await requirePermission('workspace.view', `/review/claims/${encodeURIComponent(rawId)}`)
  const id = idSchema.safeParse(rawId)
  const claim = id.success ? await getClaim(user, id.data) : null
  if (!claim) notFound()
  const waiting = await listWaitingChanges(user, { claimId: claim.id })
  const verdict = claim.verdicts[0]
  return (
    <article className="claim-workspace">
      <header>
        <p className="eyebrow">Claim · {claim.publishedAt ? 'published' : 'unpublished'}</p>
        <h1>{claim.text}</h1>
        <p className="meta">
          {claim.claimant ? `Claimed by ${claim.claimant} · ` : ''}
          Created {formatDay(claim.createdAt)}
          {claim.createdBy ? ` by ${claim.createdBy.name}` : ''}
          {claim.lastSave ? ` · last saved by ${claim.lastSave.by}, ${formatDay(claim.lastSave.at)}` : ''}
        </p>
        <p className={styles.claimWorkspaceLinks}>
          <Link href={`/review/claims/${claim.id}/verdict`} className="button">
            Verdict
          </Link>
          <span className="meta">{verdict ? `Revision ${verdict.revision}: ${verdict.status.toLowerCase().replace('_', ' ')}` : 'No verdict yet'}</span>
          {claim.publishedAt ? <Link href={`/claims/${claim.slug}`}>Public page</Link> : <span className="meta">Public address when published: /claims/{claim.slug}</span>}
        </p>
      </header>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">Wording</h2>
        {claim.publishedAt || ['SUBMITTED', 'APPROVED'].includes(claim.verdicts[0]?.status ?? '') ? (
          <p className="meta">
            {claim.publishedAt
              ? 'Published: the wording is locked, because readers and the verdict refer to these words.'
              : 'A verdict on this claim is awaiting approval: the wording is locked until an editor returns it.'}
          </p>
        ) : (
          <ClaimEditForm claim={{ id: claim.id, text: claim.text, claimant: claim.claimant, lockVersion: claim.lockVersion }} />
        )}
      </section>
      <section aria-labelledby="appearances-heading">
        <h2 id="appearances-heading">Where it appears ({claim.appearances.length})</h2>
        <WaitingChanges changes={waiting} />
        <ClaimAppearances appearances={claim.appearances} />
      </section>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Figures ({claim.figures.length})</h2>
        <ClaimFigureList figures={claim.figures} />
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Team notes ({claim.notes.length})</h2>
        <ClaimNoteList notes={claim.notes} />
        <NoteForm claimId={claim.id} noteCount={claim.notes.length} />
      </section>
    </article>
  )
}
