import Link from 'next/link'
import type { ChangedSource } from '@/lib/data/workspace/captures'
import { formatMoment } from '@/lib/format'
import { askerName, CHANGE_FOUND } from '@/lib/labels/capture'
import { CaptureSeenForm } from './capture-seen-form'
import styles from './changed-source-list.module.css'

type Props = { title: string; changes: ChangedSource[]; total: number; empty: string; moreHref?: string }

/** For a new version: its comparison with the one before, and the change an editor must publish when one waits. */
function VersionLinks({ change }: { change: ChangedSource }) {
  const snapshot = change.snapshot
  if (!snapshot) return <p className="meta">The version it found was withdrawn since.</p>
  const waiting = snapshot.pendingChange?.status === 'PENDING' ? snapshot.pendingChange : null
  return (
    <p className={styles.links}>
      <Link href={`/review/sources/${change.source.id}/compare?from=${snapshot.version - 1}&to=${snapshot.version}`}>
        Compare version {snapshot.version - 1} with version {snapshot.version}
      </Link>
      {waiting ? (
        <>
          {' · '}
          <Link href={`/review/changes/${waiting.id}`}>The change waits for an editor</Link>: the public reads version {snapshot.version - 1} until it is published
        </>
      ) : null}
    </p>
  )
}

/** Re-checks of watched sources that found a new version, a vanished page or a move, newest first, each with "Mark seen". */
export function ChangedSourceList({ title, changes, total, empty, moreHref }: Props) {
  return (
    <section aria-labelledby="changed-sources">
      <h2 id="changed-sources">
        {title} <span className="queue__count">({total})</span>
      </h2>
      {changes.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className={styles.list}>
          {changes.map((change) => (
            <li key={change.id} className={styles.item}>
              <p className={styles.source}>
                <Link href={`/review/sources/${change.source.id}`}>{change.source.title}</Link>
                <span className="meta">
                  {' '}
                  · {formatMoment(change.createdAt)} · asked by {askerName(change.requestedBy)}
                </span>
              </p>
              <p className={styles.found}>
                {CHANGE_FOUND[change.status as keyof typeof CHANGE_FOUND]}
                {change.status === 'GONE' ? ` (${change.requestedUrl} answered ${change.httpStatus})` : ''}
                {change.status === 'MOVED' ? ` ${change.requestedUrl} now leads to ${change.finalUrl}.` : ''}
              </p>
              {change.status === 'STORED' ? <VersionLinks change={change} /> : null}
              <CaptureSeenForm captureId={change.id} />
            </li>
          ))}
        </ul>
      )}
      {moreHref && total > changes.length ? (
        <p>
          <Link href={moreHref}>All {total} changed sources</Link>
        </p>
      ) : null}
    </section>
  )
}
