import Link from 'next/link'
import { RatingBadge } from '@/components/rating-badge'
import type { WorkspaceVerdict } from '@/lib/data/workspace/queues'
import styles from './verdict-queue.module.css'

type Props = {
  title: string
  verdicts: WorkspaceVerdict[]
  empty: string
  /** Show the editor's comment under each item (the "returned to me" queue). */
  showComment?: boolean
}

export function VerdictQueue({ title, verdicts, empty, showComment }: Props) {
  const headingId = `queue-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <section aria-labelledby={headingId} className="queue">
      <h2 id={headingId}>
        {title} <span className="queue__count">({verdicts.length})</span>
      </h2>
      {verdicts.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="queue__list">
          {verdicts.map((verdict) => (
            <li key={verdict.id}>
              <RatingBadge rating={verdict.rating} /> <Link href={`/review/claims/${verdict.claim.id}/verdict`}>{verdict.claim.text}</Link>
              <span className="meta">
                {' '}
                · revision {verdict.revision} by {verdict.author.name}
              </span>
              {showComment && verdict.reviewComment ? (
                <blockquote className={styles.queueComment}>
                  <p>
                    <span className="visually-hidden">Editor’s comment: </span>
                    {verdict.reviewComment}
                  </p>
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
