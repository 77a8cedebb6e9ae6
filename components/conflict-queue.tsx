import Link from 'next/link'
import type { OpenConflict } from '@/lib/data/workspace/quantities'
import { formatDay } from '@/lib/format'
import styles from './conflict-queue.module.css'

type Props = { title: string; conflicts: OpenConflict[]; total: number; empty: string; moreHref?: string }

/** Open conflicts, oldest first: both figures with their sources, and the quantity to resolve them on. */
export function ConflictQueue({ title, conflicts, total, empty, moreHref }: Props) {
  const headingId = `queue-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <section aria-labelledby={headingId} className="queue">
      <h2 id={headingId}>
        {title} <span className="queue__count">({total})</span>
      </h2>
      {conflicts.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className={`queue__list ${styles.conflictQueue}`}>
          {conflicts.map((conflict) => (
            <li key={conflict.id} className={styles.item}>
              <p className={styles.quantity}>
                <Link href={`/review/quantities/${conflict.quantity.id}#relation-${conflict.id}`}>{conflict.quantity.name}</Link>
                <span className="meta"> · found {formatDay(conflict.createdAt)}</span>
              </p>
              <ul className={styles.figures} aria-label="Figures in conflict">
                {conflict.figures.map((figure) => (
                  <li key={figure.id}>
                    <strong>{figure.normalised ? `${figure.words} (${figure.normalised})` : figure.words}</strong>
                    <span className="meta">
                      {' '}
                      · {figure.period ?? 'undated'} · <Link href={`/review/sources/${figure.source.id}#q-${figure.quote.id}`}>{figure.source.name}</Link>
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {moreHref && total > conflicts.length ? (
        <p>
          <Link href={moreHref}>All {total} open conflicts</Link>
        </p>
      ) : null}
    </section>
  )
}
