import { splitHighlights } from '@/lib/highlight'

type Quote = { id: string; start: number; end: number }

/**
 * The preserved text of a snapshot, verbatim, with every visible quote highlighted. Each quote's
 * first run carries id="q-<quote id>", so /sources/<id>#q-<quote id> scrolls to it.
 */
export function SourceText({ text, quotes }: { text: string; quotes: Quote[] }) {
  return (
    <div className="source-text">
      {splitHighlights(text, quotes).map((run, index) =>
        run.ids.length === 0 ? (
          <span key={index}>{run.text}</span>
        ) : (
          <mark key={index} id={run.startIds[0] ? `q-${run.startIds[0]}` : undefined} className="source-text__quote">
            {run.text}
          </mark>
        ),
      )}
    </div>
  )
}
