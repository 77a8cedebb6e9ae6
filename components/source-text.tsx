import type { Ref } from 'react'
import { splitHighlights } from '@/lib/highlight'
import { SEGMENT_START_ATTRIBUTE } from '@/lib/selection-offsets'

type Quote = { id: string; start: number; end: number; isFuzzy?: boolean }

type Props = {
  text: string
  quotes: Quote[]
  /**
   * For the team's reader: every run carries its offset in the text (data-start), so a selection
   * maps back to snapshot offsets (lib/selection-offsets), and re-anchored quotes look different.
   */
  withOffsets?: boolean
  ref?: Ref<HTMLDivElement>
}

/**
 * The preserved text of a snapshot, verbatim, with every visible quote highlighted. Each quote's
 * first run carries id="q-<quote id>", so /sources/<id>#q-<quote id> scrolls to it.
 */
export function SourceText({ text, quotes, withOffsets = false, ref }: Props) {
  const fuzzy = new Set(quotes.filter((quote) => quote.isFuzzy).map((quote) => quote.id))
  const runs = splitHighlights(text, quotes)
  const starts = runs.reduce<number[]>((all, run, index) => [...all, index === 0 ? 0 : all[index - 1]! + runs[index - 1]!.text.length], [])
  return (
    <div className="source-text" ref={ref}>
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
        return (
          <mark key={index} id={run.startIds[0] ? `q-${run.startIds[0]}` : undefined} className={isFuzzy ? 'source-text__quote source-text__quote--fuzzy' : 'source-text__quote'} {...position}>
            {run.text}
          </mark>
        )
      })}
    </div>
  )
}
