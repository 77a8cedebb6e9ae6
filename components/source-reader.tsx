'use client'

import { memo, useCallback, useRef, useState } from 'react'
import type { ReaderQuantity } from '@/lib/data/workspace/sources'
import type { SuggestionSection } from '@/lib/data/workspace/suggestions'
import type { SuggestionKind } from '@/lib/generated/prisma/enums'
import type { ReaderPage } from '@/lib/anchoring/page-pieces'
import type { TextRange } from '@/lib/anchoring/selection-offsets'
import { AnnotationPanel, type Passage } from './annotation-panel'
import { QuoteFinder } from './quote-finder'
import { SourceText } from './source-text'
import { SuggestionList } from './suggestion-list'
import { useTextSelection } from './use-text-selection'
import styles from './source-reader.module.css'
import annotationPanel from './annotation-panel.module.css'

type Props = {
  /** `pages`: a PDF's, in order; none for other sources. */
  snapshot: { id: string; text: string; pages: ReaderPage[] }
  publishedOn: Date | null
  quotes: Array<{ id: string; start: number; end: number; isFuzzy: boolean }>
  suggestions: Record<SuggestionKind, SuggestionSection>
  quantities: ReaderQuantity[]
}

// The text re-renders only when the server sends new quotes, never while the panel changes, so a
// selection in progress is not disturbed.
const StableText = memo(SourceText)

/**
 * The team's reader: the snapshot text, selectable with a mouse, by touch or by typing its words,
 * and beside it (below it on a phone) the panel for the chosen passage and the open suggestions.
 */
export function SourceReader({ snapshot, publishedOn, quotes, suggestions, quantities }: Props) {
  const [passage, setPassage] = useState<Passage | null>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  const onSelect = useCallback((range: TextRange) => {
    setPassage((current) => (current && !current.suggestion && current.start === range.start && current.end === range.end ? current : range))
  }, [])
  useTextSelection(textRef, snapshot.text, onSelect)

  /** A passage chosen with the keyboard: the panel takes the focus, as a dialog would. */
  const choose = (next: Passage) => {
    setPassage(next)
    requestAnimationFrame(() => headingRef.current?.focus())
  }

  return (
    <div className={styles.reader}>
      <div className={styles.readerMain}>
        <QuoteFinder text={snapshot.text} onFound={choose} />
        <StableText text={snapshot.text} quotes={quotes} pages={snapshot.pages} withOffsets ref={textRef} className={styles.text} />
      </div>
      {/* On a phone the panel sits below the text; this bar stays at the foot of the screen meanwhile. */}
      {passage ? (
        <a href="#annotate-heading" className={styles.readerJump}>
          Passage selected: annotate it ↓
        </a>
      ) : null}
      <div className={styles.readerSide} id="annotate">
        {passage ? (
          <AnnotationPanel
            key={`${passage.start}-${passage.end}-${passage.suggestion?.id ?? ''}`}
            passage={passage}
            text={snapshot.text}
            pages={snapshot.pages}
            snapshotId={snapshot.id}
            publishedOn={publishedOn}
            quantities={quantities}
            headingRef={headingRef}
            onClear={() => setPassage(null)}
          />
        ) : (
          <div className={`${annotationPanel.annotationPanel} card`}>
            <h2 ref={headingRef} tabIndex={-1} id="annotate-heading">
              Annotate
            </h2>
            <p className="meta">Select words in the text, or type them under “Quote words”, to create a claim, attach them to a claim or record a figure.</p>
          </div>
        )}
        <SuggestionList snapshotId={snapshot.id} sections={suggestions} onAccept={(s) => choose({ start: s.start, end: s.end, suggestion: s })} />
      </div>
    </div>
  )
}
