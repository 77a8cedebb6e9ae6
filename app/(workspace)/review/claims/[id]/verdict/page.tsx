import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { VerdictActions } from '@/components/verdict-actions'
import { VerdictForm } from '@/components/verdict-form'
import { VerdictHistory } from '@/components/verdict-history'
import { VerdictPeople } from '@/components/verdict-people'
import { VerdictRevisionContent } from '@/components/verdict-revision'
import { VerdictStatusBadge } from '@/components/verdict-status'
import { requirePermission } from '@/lib/auth/session'
import { getDb } from '@/lib/db'
import { publicationDigest, readPublicationManifest } from '@/lib/server/verdicts/publication-manifest'
import { getVerdict, toWorkflowRevision, type VerdictRevision } from '@/lib/data/workspace/verdicts'
import { can } from '@/lib/auth/permissions'
import { idSchema } from '@/lib/validations/params'
import { decide } from '@/lib/verdicts/workflow'
import styles from './page.module.css'

export const metadata: Metadata = { title: 'Verdict' }

type Props = { params: Promise<{ id: string }> }

function ReviewComment({ revision }: { revision: VerdictRevision }) {
  if (!revision.reviewComment || !['CHANGES_REQUESTED', 'SUBMITTED'].includes(revision.status)) return null
  const title = revision.status === 'CHANGES_REQUESTED' ? 'Editor’s comment' : 'Editor’s comment on the earlier submission'
  return (
    <aside className={styles.reviewComment} aria-label={title}>
      <p className={styles.reviewCommentTitle}>{title}</p>
      <p className={styles.reviewCommentText}>{revision.reviewComment}</p>
    </aside>
  )
}

/** What the edit form needs of a revision, and nothing more goes to the browser. */
function toFormRevision(revision: VerdictRevision) {
  const { id, lockVersion, rating, summary, rationale, correctionNote } = revision
  const evidence = revision.evidence.map((item) => ({ quoteId: item.quote.id, note: item.note }))
  const included = { figureIds: revision.figures.map((item) => item.figureId), appearanceIds: revision.appearances.map((item) => item.appearanceId) }
  return { id, revision: revision.revision, lockVersion, rating, summary, rationale, correctionNote, evidence, included }
}

export default async function VerdictPage({ params }: Props) {
  const { id: rawId } = await params
  const user = await requirePermission('workspace.view', `/review/claims/${rawId}/verdict`)
  const id = idSchema.safeParse(rawId)
  const workspace = id.success ? await getVerdict(user, id.data) : null
  if (!workspace) notFound()
  const { claim, revisions, citable, includable } = workspace
  const latestHref = `/review/claims/${claim.id}/verdict`
  const current = revisions[0]
  const context = { hasUnpublishedRevision: revisions.some((revision) => revision !== current && revision.status !== 'PUBLISHED') }
  const canEdit = current ? decide('edit', user, toWorkflowRevision(current), context).allowed : can(user.role, 'verdict.draft')
  // The approve and publish steps show what they make public (docs/decisions/015).
  const manifest = current && ['SUBMITTED', 'APPROVED'].includes(current.status) ? await readPublicationManifest(getDb(), current.id) : null
  const publication = manifest ? { manifest, digest: publicationDigest(manifest) } : undefined
  return (
    <>
      <header className="verdict-page__header">
        <p className="eyebrow">Verdict</p>
        <h1>{claim.text}</h1>
        <p className={`meta ${styles.verdictPageLinks}`}>
          <Link href={`/review/claims/${claim.id}`}>Claim workspace</Link>
          {claim.publishedAt ? <Link href={`/claims/${claim.slug}`}>Public page</Link> : <span>Not public yet</span>}
          {can(user.role, 'audit.view') ? <Link href={`/review/audit?claim=${claim.id}`}>Audit trail</Link> : null}
        </p>
      </header>
      {current ? (
        <section aria-labelledby="current-heading" className={styles.verdictCurrent}>
          <h2 id="current-heading">
            Revision {current.revision} <VerdictStatusBadge status={current.status} />
          </h2>
          <VerdictPeople revision={current} />
          <ReviewComment revision={current} />
          {canEdit ? (
            <VerdictForm key={current.id} claimId={claim.id} revision={toFormRevision(current)} citable={citable} includable={includable} latestHref={latestHref} />
          ) : (
            <VerdictRevisionContent revision={current} />
          )}
          <VerdictActions user={user} revision={current} context={context} latestHref={latestHref} publication={publication} />
        </section>
      ) : (
        <section aria-labelledby="current-heading" className={styles.verdictCurrent}>
          <h2 id="current-heading">No verdict yet</h2>
          {canEdit ? (
            <VerdictForm key="first-draft" claimId={claim.id} revision={null} citable={citable} includable={includable} latestHref={latestHref} />
          ) : (
            <p className="empty">Nobody has drafted a verdict for this claim.</p>
          )}
        </section>
      )}
      {revisions.length > 0 ? <VerdictHistory claimId={claim.id} revisions={revisions} /> : null}
    </>
  )
}
