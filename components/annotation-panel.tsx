'use client'

import { useState, type Ref } from 'react'
import type { ReaderPage } from '@/lib/anchoring/page-pieces'
import type { SimilarClaim } from '@/lib/data/workspace/claims'
import type { ReaderQuantity } from '@/lib/data/workspace/sources'
import type { ReaderSuggestion } from '@/lib/data/workspace/suggestions'
import { AppearanceAddForm } from './appearance-add-form'
import { ClaimCreateForm } from './claim-create-form'
import { FigureCreateForm } from './figure-create-form'
import { formatNumber } from '@/lib/format'
import { citePages, pagesOf } from '@/lib/pdf/page-range'
import styles from './annotation-panel.module.css'

export type Passage = { start: number; end: number; suggestion?: ReaderSuggestion }
type Mode = 'claim' | 'attach' | 'figure'

type Props = {
  passage: Passage
  text: string
  /** A PDF's pages, so the passage says which it is on; none for other sources. */
  pages: ReaderPage[]
  snapshotId: string
  publishedOn: Date | null
  quantities: ReaderQuantity[]
  headingRef: Ref<HTMLHeadingElement>
  onClear: () => void
}

const MODES: ReadonlyArray<{ mode: Mode; label: string }> = [
  { mode: 'claim', label: 'Create a claim' },
  { mode: 'attach', label: 'Attach to a claim' },
  { mode: 'figure', label: 'Create a figure' },
]

/** The chosen passage and the three things a reviewer can make of it. */
export function AnnotationPanel({ passage, text, pages, snapshotId, publishedOn, quantities, headingRef, onClear }: Props) {
  const [mode, setMode] = useState<Mode>(passage.suggestion?.kind === 'FIGURE' ? 'figure' : 'claim')
  const [chosen, setChosen] = useState<SimilarClaim | undefined>()
  const exact = text.slice(passage.start, passage.end)
  const onPages = pagesOf(pages, passage.start, passage.end)
  const range = { snapshotId, start: passage.start, end: passage.end, suggestionId: passage.suggestion?.id }
  return (
    <div className={`${styles.annotationPanel} card`}>
      <h2 ref={headingRef} tabIndex={-1} id="annotate-heading">
        Selected passage
      </h2>
      <blockquote className={styles.passage}>{exact.length > 600 ? `${exact.slice(0, 300)} … ${exact.slice(-280)}` : exact}</blockquote>
      <p className="meta">
        {onPages ? <span className={styles.passagePages}>{citePages(onPages)}</span> : null}
        {onPages ? ' · ' : ''}
        {formatNumber(exact.length)} characters{passage.suggestion ? ' · from a suggestion, accepted when you save' : ''} ·{' '}
        <button type="button" className="link-button" onClick={onClear}>
          Clear selection
        </button>
      </p>
      <fieldset className={`field-group ${styles.modeSwitch}`}>
        <legend>What to do with it</legend>
        {MODES.map((option) => (
          <label key={option.mode}>
            <input type="radio" name="annotate-mode" value={option.mode} checked={mode === option.mode} onChange={() => setMode(option.mode)} /> {option.label}
          </label>
        ))}
      </fieldset>
      {mode === 'claim' ? (
        <ClaimCreateForm
          range={range}
          passage={exact}
          onAttachInstead={(claim) => {
            setChosen(claim)
            setMode('attach')
          }}
        />
      ) : mode === 'attach' ? (
        <AppearanceAddForm range={range} passage={exact} chosen={chosen} />
      ) : (
        <FigureCreateForm range={range} passage={exact} publishedOn={publishedOn} parsed={passage.suggestion?.figure} quantities={quantities} />
      )}
    </div>
  )
}
