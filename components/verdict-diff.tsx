import type { DiffPart } from '@/lib/verdicts/compare'
import styles from './verdict-diff.module.css'

/**
 * Text with the words removed struck through and the words added underlined. The stylesheet adds
 * "added"/"removed" markers for screen readers around each change (see `.diff__added::before`).
 */
export function DiffText({ parts, empty = '(empty)' }: { parts: DiffPart[]; empty?: string }) {
  if (parts.length === 0) return <span className="empty">{empty}</span>
  return (
    <span className="diff">
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
