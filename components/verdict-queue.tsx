import { RatingBadge } from '@/components/rating-badge'
import type { WorkspaceVerdict } from '@/lib/data/workspace'

type Props = { title: string; verdicts: WorkspaceVerdict[]; empty: string }

export function VerdictQueue({ title, verdicts, empty }: Props) {
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
              <RatingBadge rating={verdict.rating} /> <strong>{verdict.claim.text}</strong>
              <span className="meta">
                {' '}
                · revision {verdict.revision} by {verdict.author.name}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
