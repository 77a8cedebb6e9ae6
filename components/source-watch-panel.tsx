// On a source's workspace page: whether its address is watched for changes, when it was last
// fetched and will be next, the buttons to watch it and re-check it now, and its captures, newest
// first (docs/decisions/024). Each capture links to its progress page.
import Link from 'next/link'
import type { CurrentUser } from '@/lib/auth/session'
import { getSourceWatch, type CaptureRow } from '@/lib/data/workspace/captures'
import { env } from '@/lib/env'
import { formatMoment } from '@/lib/format'
import { askerName, CAPTURE_PURPOSE_LABELS, CAPTURE_STATUS_LABELS, captureOutcome } from '@/lib/labels/capture'
import { SourceWatchForms } from './source-watch-forms'
import styles from './source-watch-panel.module.css'

const Moment = ({ at }: { at: Date }) => <time dateTime={at.toISOString()}>{formatMoment(at)}</time>

function CaptureItem({ capture }: { capture: CaptureRow }) {
  const outcome = captureOutcome(capture)
  return (
    <li>
      <Link href={`/review/captures/${capture.id}`}>
        <Moment at={capture.createdAt} />
      </Link>{' '}
      · {CAPTURE_PURPOSE_LABELS[capture.purpose]} · <strong>{CAPTURE_STATUS_LABELS[capture.status]}</strong>
      {outcome ? `: ${outcome}` : ''} <span className="meta">· asked by {askerName(capture.requestedBy)}</span>
    </li>
  )
}

export async function SourceWatchPanel({ user, sourceId }: { user: CurrentUser; sourceId: string }) {
  const watch = await getSourceWatch(user, sourceId)
  if (!watch) return null
  const { captures, captureCount } = watch
  return (
    <section aria-labelledby="source-watch" className={`card ${styles.panel}`}>
      <h2 id="source-watch">Watching for changes</h2>
      <p className="meta">
        {watch.isWatched ? `Watched: its address is fetched again every ${env.WATCH_INTERVAL_HOURS} hours.` : 'Not watched.'}
        {watch.lastCheckedAt ? (
          <>
            {' '}
            Last fetched <Moment at={watch.lastCheckedAt} />.
          </>
        ) : null}
        {watch.isWatched && watch.nextCheckAt ? (
          <>
            {' '}
            Next check after <Moment at={watch.nextCheckAt} />.
          </>
        ) : null}
      </p>
      {watch.refusal ? <p className="meta">{watch.refusal}</p> : null}
      {watch.mayWatch ? <SourceWatchForms sourceId={sourceId} isWatched={watch.isWatched} canToggle={watch.isWatched || !watch.refusal} canRecheck={!watch.refusal} /> : null}
      {captures.length > 0 ? (
        <>
          <h3 className={styles.heading}>{captureCount > captures.length ? `Captures (the latest ${captures.length} of ${captureCount})` : 'Captures'}</h3>
          <ul className={styles.captures}>
            {captures.map((capture) => (
              <CaptureItem key={capture.id} capture={capture} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
