import type { ReactNode, Ref } from 'react'
import { pieceText, type ReaderPage, type TextPiece } from '@/lib/anchoring/page-pieces'
import { SEGMENT_START_ATTRIBUTE } from '@/lib/anchoring/selection-offsets'
import { SourcePageMarker } from './source-page-marker'
import styles from './source-text.module.css'

type Quote = { id: string; start: number; end: number; isFuzzy?: boolean }

type Props = {
  text: string
  quotes: Quote[]
  /** A PDF snapshot's pages, in order: a marker shows where each starts. None for other sources. */
  pages?: ReaderPage[]
  /**
   * For the team's reader: every run carries its offset in the text (data-start), so a selection
   * maps back to snapshot offsets (lib/anchoring/selection-offsets), and re-anchored quotes look different.
   */
  withOffsets?: boolean
  ref?: Ref<HTMLDivElement>
  /** The reader's own spacing for the text. */
  className?: string
}

type Run = Extract<TextPiece, { kind: 'text' }>

/**
 * The preserved text of a snapshot, verbatim, with every visible quote highlighted. Each quote's
 * first run carries id="q-<quote id>", so /sources/<id>#q-<quote id> scrolls to it. A quote over a
 * page break is highlighted on both sides of the page's marker.
 */
export function SourceText({ text, quotes, pages, withOffsets = false, ref, className }: Props) {
  const fuzzy = new Set(quotes.filter((quote) => quote.isFuzzy).map((quote) => quote.id))
  return (
    <div className={className ? `${styles.sourceText} card ${className}` : `${styles.sourceText} card`} ref={ref} data-source-text>
      {pieceText(text, quotes, pages).map((piece) =>
        piece.kind === 'page' ? (
          <SourcePageMarker key={`page-${piece.page.index}`} page={piece.page} />
        ) : (
          <TextRun key={piece.start} run={piece} isFuzzy={piece.ids.some((id) => fuzzy.has(id))} withOffsets={withOffsets} />
        ),
      )}
    </div>
  )
}

function TextRun({ run, isFuzzy, withOffsets }: { run: Run; isFuzzy: boolean; withOffsets: boolean }) {
  const position = withOffsets ? { [SEGMENT_START_ATTRIBUTE]: run.start } : {}
  const gap = run.isPageGap ? styles.pageGap : undefined
  if (run.ids.length === 0) {
    return (
      <span className={gap} {...position}>
        {run.text}
      </span>
    )
  }
  const [first, ...others] = run.startIds
  // Quotes that start at the same place (a figure's words inside a claim's passage) each
  // get a mark of their own inside the first, so every quote's link has its target.
  const content = others.reduceRight<ReactNode>(
    (inner, id) => (
      <mark id={`q-${id}`} className={styles.quote}>
        {inner}
      </mark>
    ),
    run.text,
  )
  const classes = [styles.quote, isFuzzy ? styles.quoteFuzzy : undefined, gap].filter(Boolean).join(' ')
  return (
    <mark id={first ? `q-${first}` : undefined} className={classes} {...position}>
      {content}
    </mark>
  )
}
