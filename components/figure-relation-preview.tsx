import { useId } from 'react'
import type { RelationPreview } from './use-figure-relation-preview'
import styles from './figure-relation-preview.module.css'

/** Only a conflict is marked out. */
const KIND_CLASS = { CONFLICT: styles.relationPreviewItemConflict, UPDATE: '', CONSISTENT: '', INCOMPARABLE: '' } as const

/** What the figure being written would mean for its quantity, read out as it changes. */
export function FigureRelationPreview({ preview }: { preview: RelationPreview }) {
  const { status, answer } = preview
  const headingId = useId()
  return (
    <section className={`${styles.relationPreview} card`} aria-labelledby={headingId}>
      <h3 id={headingId}>Compared with this quantity’s figures</h3>
      <div aria-live="polite">
        {status === 'idle' ? <p className="meta">Choose an existing quantity and fill in the value to see how this figure compares.</p> : null}
        {status === 'checking' ? <p className="meta">Comparing…</p> : null}
        {status === 'invalid' ? <p className="meta">Complete the value, bounds and period to compare.</p> : null}
        {status === 'failed' ? <p className="meta">The comparison could not be made just now; you can still save.</p> : null}
        {status === 'done' && answer ? (
          answer.lines.length === 0 ? (
            <p className="meta">The quantity has no other figures yet.</p>
          ) : (
            <ul className={styles.relationPreviewList}>
              {answer.lines.map((line) => (
                <li key={line.otherId} className={KIND_CLASS[line.kind] || undefined}>
                  {line.text}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </section>
  )
}
