import type { DiffPart } from '@/lib/text-diff/word-diff'
import styles from './word-diff.module.css'

/**
 * Text with the words removed struck through and the words added underlined. The stylesheet adds
 * "added"/"removed" markers for screen readers around each change (see `.diff__added::before`).
 */
export function DiffText({ parts, empty = '(empty)' }: { parts: DiffPart[]; empty?: string }) {
  if (parts.length === 0) return <span className="empty">{empty}</span>
  return (
    <span>
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} className={styles.diffAdded}>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} className={styles.diffRemoved}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  )
}

/** What the marks mean, above a comparison. */
export function DiffLegend() {
  return (
    <p className={`meta ${styles.diffLegend}`}>
      <del className={styles.diffRemoved}>Removed words</del> <ins className={styles.diffAdded}>added words</ins>
    </p>
  )
}
