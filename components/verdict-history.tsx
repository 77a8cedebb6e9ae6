import Link from 'next/link'
import { RatingBadge } from '@/components/rating-badge'
import { VerdictPeople } from '@/components/verdict-people'
import { VerdictRevisionContent } from '@/components/verdict-revision'
import { VerdictStatusBadge } from '@/components/verdict-status'
import type { VerdictRevision } from '@/lib/data/workspace/verdicts'
import { isCorrection } from '@/lib/verdicts/workflow'

/** Every revision of the verdict, newest first, each linked to a comparison with the one before. */
export function VerdictHistory({ claimId, revisions }: { claimId: string; revisions: VerdictRevision[] }) {
  return (
    <section aria-labelledby="history-heading" className="verdict-history">
      <h2 id="history-heading">Revisions</h2>
      <ol reversed className="verdict-history__list">
        {revisions.map((revision) => (
          <li key={revision.id} className="verdict-history__item" aria-label={`Revision ${revision.revision}`}>
            <p className="verdict-history__title">
              <strong>Revision {revision.revision}</strong> <VerdictStatusBadge status={revision.status} isSuperseded={revision.supersededAt !== null} />{' '}
              <RatingBadge rating={revision.rating} />
            </p>
            <p>{revision.summary}</p>
            {revision.correctionNote ? <p className="meta">Correction note: {revision.correctionNote}</p> : null}
            {isCorrection(revision) ? (
              <p>
                <Link href={`/review/claims/${claimId}/verdict/compare?revision=${revision.revision}`}>
                  Compare revision {revision.revision} with revision {revision.revision - 1}
                </Link>
              </p>
            ) : null}
            <VerdictPeople revision={revision} />
            <details>
              <summary>Show revision {revision.revision} in full</summary>
              <VerdictRevisionContent revision={revision} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  )
}
