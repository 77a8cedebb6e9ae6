'use client'
// A capture as it happens: the page asks every second while a worker fetches and reads it (or
// reads an uploaded PDF, counting the pages OCR has read), and shows what came of it without reloading.
import Link from 'next/link'
import { useEffect, useState } from 'react'
import { readCapture } from '@/lib/actions/read-capture'
import type { CaptureProgress as Progress } from '@/lib/data/workspace/captures'
import { formatMoment } from '@/lib/format'
import { askerName, CAPTURE_STATUS_LABELS, captureSteps, isUnderway, ocrProgress } from '@/lib/labels/capture'
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

  const order = captureSteps(capture)
  const reached = order.indexOf(capture.status)
  const steps = order.map((status, index) => ({
    label: status === 'FETCHING' && order.length === 2 ? 'Fetching and reading' : CAPTURE_STATUS_LABELS[status],
    state: !underway || index < reached ? 'done' : index === reached ? 'now' : 'todo',
  }))
  const ocr = capture.status === 'READING' ? ocrProgress(capture) : null
  const isVersion = capture.purpose === 'RECHECK' || (capture.snapshot?.version ?? 1) > 1
  return (
    <section aria-labelledby="capture-status" className={styles.progress}>
      <h2 id="capture-status">{underway ? (capture.purpose === 'UPLOAD' ? 'Reading…' : 'Capturing…') : CAPTURE_STATUS_LABELS[capture.status]}</h2>
      <ol className={styles.steps}>
        {steps.map((step, index) => (
          <li key={index} className={styles[step.state]} aria-current={step.state === 'now' ? 'step' : undefined}>
            {step.label}
          </li>
        ))}
        <li className={underway ? styles.todo : styles.done}>{underway ? 'Done' : CAPTURE_STATUS_LABELS[capture.status]}</li>
      </ol>
      {ocr ? (
        <p className={styles.ocr}>
          <progress value={capture.pagesRead ?? 0} max={capture.pageCount ?? 1} aria-label="Pages read by OCR" /> {ocr}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {capture.status === 'STORED' && capture.source ? (
          <p className="form__success">
            Stored as{' '}
            {isVersion ? `version ${capture.snapshot?.version ?? ''}` : 'a new source'}:{' '}
            <Link href={`/review/sources/${capture.source.id}`}>{capture.source.title}</Link>.
          </p>
        ) : null}
        {capture.status === 'FAILED' || capture.status === 'GONE' || capture.status === 'MOVED' ? (
          <p className="form__error">{capture.error ?? CAPTURE_STATUS_LABELS[capture.status]}</p>
        ) : null}
        {capture.status === 'UNCHANGED' ? <p>The {capture.purpose === 'UPLOAD' ? 'PDF’s' : 'page’s'} text is the same as the version already kept.</p> : null}
        {trouble && underway ? <p className="meta">{trouble}</p> : null}
      </div>
      <dl className={styles.facts}>
        {capture.requestedUrl ? (
          <>
            <dt>Address asked for</dt>
            <dd className={styles.address}>{capture.requestedUrl}</dd>
          </>
        ) : null}
        {capture.fileName ? (
          <>
            <dt>{capture.purpose === 'UPLOAD' ? 'File uploaded' : 'File name'}</dt>
            <dd className={styles.address}>{capture.fileName}</dd>
          </>
        ) : null}
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
        <dt>{capture.purpose === 'UPLOAD' ? 'Uploaded by' : 'Asked by'}</dt>
        <dd>
          {askerName(capture.requestedBy)} on {formatMoment(capture.createdAt)}
        </dd>
      </dl>
    </section>
  )
}
