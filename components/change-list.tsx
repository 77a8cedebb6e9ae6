import Link from 'next/link'
import type { ChangeListItem } from '@/lib/data/workspace/pending-changes'
import { formatMoment } from '@/lib/format'
import { askerName } from '@/lib/labels/capture'

type Props = { title: string; changes: ChangeListItem[]; empty: string }

/** A queue of pending changes (or recently decided ones), each linking to its approve screen. */
export function ChangeList({ title, changes, empty }: Props) {
  const headingId = `changes-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="queue__count">({changes.length})</span>
      </h2>
      {changes.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="queue__list">
          {changes.map((change) => (
            <li key={change.id}>
              <Link href={`/review/changes/${change.id}`}>
                {change.label}: {change.subject}
              </Link>
              <span className="meta">
                {' '}
                · proposed by {askerName(change.proposedBy)} on {formatMoment(change.createdAt)}
                {change.decidedAt ? ` · ${change.status === 'PUBLISHED' ? 'published' : 'withdrawn'} by ${change.decidedBy?.name ?? 'someone'}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
