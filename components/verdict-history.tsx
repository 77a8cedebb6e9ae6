import Link from 'next/link'
import { RatingBadge } from '@/components/rating-badge'
import { VerdictPeople } from '@/components/verdict-people'
import { VerdictRevisionContent } from '@/components/verdict-revision'
import { VerdictStatusBadge } from '@/components/verdict-status'
import type { VerdictRevision } from '@/lib/data/workspace/verdicts'
import { isCorrection } from '@/lib/verdicts/workflow'
import styles from './verdict-history.module.css'

/** Every revision of the verdict, newest first, each linked to a comparison with the one before. */
export function VerdictHistory({ claimId, revisions }: { claimId: string; revisions: VerdictRevision[] }) {
  return (
    <section aria-labelledby="history-heading" className={styles.verdictHistory}>
      <h2 id="history-heading">Revisions</h2>
      <ol reversed className={styles.list}>
        {revisions.map((revision) => (
          <li key={revision.id} className={styles.item} aria-label={`Revision ${revision.revision}`}>
            <p className={styles.title}>
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
