import type { ReactNode, Ref } from 'react'
import { splitHighlights } from '@/lib/anchoring/highlight'
import { SEGMENT_START_ATTRIBUTE } from '@/lib/anchoring/selection-offsets'
import styles from './source-text.module.css'

type Quote = { id: string; start: number; end: number; isFuzzy?: boolean }

type Props = {
  text: string
  quotes: Quote[]
  /**
   * For the team's reader: every run carries its offset in the text (data-start), so a selection
   * maps back to snapshot offsets (lib/anchoring/selection-offsets), and re-anchored quotes look different.
   */
  withOffsets?: boolean
  ref?: Ref<HTMLDivElement>
  /** The reader's own spacing for the text. */
  className?: string
}

/**
 * The preserved text of a snapshot, verbatim, with every visible quote highlighted. Each quote's
 * first run carries id="q-<quote id>", so /sources/<id>#q-<quote id> scrolls to it.
 */
export function SourceText({ text, quotes, withOffsets = false, ref, className }: Props) {
  const fuzzy = new Set(quotes.filter((quote) => quote.isFuzzy).map((quote) => quote.id))
  const runs = splitHighlights(text, quotes)
  const starts: number[] = []
  for (let index = 0, at = 0; index < runs.length; at += runs[index]!.text.length, index++) starts.push(at)
  return (
    <div className={className ? `${styles.sourceText} card ${className}` : `${styles.sourceText} card`} ref={ref} data-source-text>
      {runs.map((run, index) => {
        const position = withOffsets ? { [SEGMENT_START_ATTRIBUTE]: starts[index] } : {}
        if (run.ids.length === 0) {
          return (
            <span key={index} {...position}>
              {run.text}
            </span>
          )
        }
        const isFuzzy = run.ids.some((id) => fuzzy.has(id))
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
        return (
          <mark key={index} id={first ? `q-${first}` : undefined} className={isFuzzy ? `${styles.quote} ${styles.quoteFuzzy}` : styles.quote} {...position}>
            {content}
          </mark>
        )
      })}
    </div>
  )
}
