'use client'
// A capture as it happens: the page asks every second while a worker fetches and reads it, and
// shows what came of it without reloading.
import Link from 'next/link'
import { useEffect, useState } from 'react'
import { readCapture } from '@/lib/actions/read-capture'
import type { CaptureProgress as Progress } from '@/lib/data/workspace/captures'
import { formatMoment } from '@/lib/format'
import { askerName, CAPTURE_STATUS_LABELS, isUnderway } from '@/lib/labels/capture'
import styles from './capture-progress.module.css'

const POLL_MS = 1000

export function CaptureProgress({ initial }: { initial: Progress }) {
  const [capture, setCapture] = useState(initial)
  const [trouble, setTrouble] = useState<string | null>(null)
  const underway = isUnderway(capture)

  useEffect(() => {
    if (!underway) return
    let isCurrent = true
    const timer = setInterval(async () => {
      const result = await readCapture({ id: initial.id }).catch(() => null)
      if (!isCurrent) return
      if (result?.ok) {
        setCapture(result.data)
        setTrouble(null)
      } else {
        setTrouble(result?.state.message ?? 'The server did not answer; still trying.')
      }
    }, POLL_MS)
    return () => {
      isCurrent = false
      clearInterval(timer)
    }
  }, [underway, initial.id])

  const steps: Array<{ label: string; state: 'done' | 'now' | 'todo' }> = [
    { label: 'Queued', state: capture.status === 'QUEUED' ? 'now' : 'done' },
    { label: 'Fetching and reading', state: capture.status === 'QUEUED' ? 'todo' : capture.status === 'FETCHING' ? 'now' : 'done' },
    { label: CAPTURE_STATUS_LABELS[capture.status], state: underway ? 'todo' : 'done' },
  ]
  return (
    <section aria-labelledby="capture-status" className={styles.progress}>
      <h2 id="capture-status">{underway ? 'Capturing…' : CAPTURE_STATUS_LABELS[capture.status]}</h2>
      <ol className={styles.steps}>
        {steps.map((step, index) => (
          <li key={index} className={styles[step.state]} aria-current={step.state === 'now' ? 'step' : undefined}>
            {underway && index === steps.length - 1 ? 'Done' : step.label}
          </li>
        ))}
      </ol>
      <div role="status" aria-live="polite">
        {capture.status === 'STORED' && capture.source ? (
          <p className="form__success">
            Stored as{' '}
            {capture.purpose === 'IMPORT' ? 'a new source' : `version ${capture.snapshot?.version ?? ''}`}:{' '}
            <Link href={`/review/sources/${capture.source.id}`}>{capture.source.title}</Link>.
          </p>
        ) : null}
        {capture.status === 'FAILED' || capture.status === 'GONE' || capture.status === 'MOVED' ? (
          <p className="form__error">{capture.error ?? CAPTURE_STATUS_LABELS[capture.status]}</p>
        ) : null}
        {capture.status === 'UNCHANGED' ? <p>The page’s text is the same as the version already kept.</p> : null}
        {trouble && underway ? <p className="meta">{trouble}</p> : null}
      </div>
      <dl className={styles.facts}>
        <dt>Address asked for</dt>
        <dd className={styles.address}>{capture.requestedUrl}</dd>
        {capture.finalUrl && capture.finalUrl !== capture.requestedUrl ? (
          <>
            <dt>Address after redirects</dt>
            <dd className={styles.address}>{capture.finalUrl}</dd>
          </>
        ) : null}
        {capture.httpStatus !== null ? (
          <>
            <dt>Answer</dt>
            <dd>
              HTTP {capture.httpStatus}
              {capture.mediaType ? `, ${capture.mediaType}` : ''}
              {capture.fetchedAt ? `, ${formatMoment(capture.fetchedAt)}` : ''}
            </dd>
          </>
        ) : null}
        <dt>Asked by</dt>
        <dd>
          {askerName(capture.requestedBy)} on {formatMoment(capture.createdAt)}
        </dd>
      </dl>
    </section>
  )
}
