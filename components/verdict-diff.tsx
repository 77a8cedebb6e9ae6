import type { DiffPart } from '@/lib/verdicts/compare'

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
          <ins key={index} className="diff__added">
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} className="diff__removed">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  )
}
