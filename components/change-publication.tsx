import Link from 'next/link'
import type { ParagraphChange } from '@/lib/changes/text-changes'
import { formatMoment, formatNumber } from '@/lib/format'
import { askerName } from '@/lib/labels/capture'
import type { ChangeScreen, QuoteMove } from '@/lib/server/changes/read-change'
import styles from './change-publication.module.css'

const OUTCOME_WORDS: Record<QuoteMove['outcome'], string> = {
  ANCHORED: 'found word for word: moves to the new version',
  FUZZY: 'found only approximately: stays on the version it quotes, flagged for a reviewer, and is no longer highlighted in the source’s text',
  ORPHANED: 'not found: marked orphaned, and no longer highlighted in the source’s text',
}

type Props = { screen: ChangeScreen; text: { changes: ParagraphChange[]; more: number } | null }

function QuoteMoveItem({ quote }: { quote: QuoteMove }) {
  return (
    <li>
      <q>{quote.exact}</q> <span className="meta">{quote.isPublic ? '(public) ' : ''}— {OUTCOME_WORDS[quote.outcome]}</span>
    </li>
  )
}

/** The passages the new version loses, one by one; those it keeps word for word, folded. */
function QuoteMoves({ quotes }: { quotes: QuoteMove[] }) {
  const kept = quotes.filter((quote) => quote.outcome === 'ANCHORED')
  const lost = quotes.filter((quote) => quote.outcome !== 'ANCHORED')
  const lostPublic = lost.filter((quote) => quote.isPublic).length
  const keptPublic = kept.filter((quote) => quote.isPublic).length
  return (
    <>
      <h2>What happens to the passages of the version read now</h2>
      {lostPublic > 0 ? (
        <p className={styles.warning}>
          {lostPublic === 1 ? 'One public passage' : `${lostPublic} public passages`} would no longer be highlighted in the public text of the source. Their claim pages keep quoting the words.
        </p>
      ) : null}
      {quotes.length === 0 ? <p className="meta">The version read now has no passages.</p> : null}
      {lost.length > 0 ? (
        <ul className={styles.list}>
          {lost.map((quote) => (
            <QuoteMoveItem key={quote.quoteId} quote={quote} />
          ))}
        </ul>
      ) : null}
      {kept.length > 0 ? (
        <details>
          <summary>
            {kept.length === 1 ? 'One passage is' : `${kept.length} passages are`} found word for word and {kept.length === 1 ? 'moves' : 'move'} to the new version
            {keptPublic > 0 ? ` (${keptPublic} of them public)` : ''}
          </summary>
          <ul className={styles.list}>
            {kept.map((quote) => (
              <QuoteMoveItem key={quote.quoteId} quote={quote} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}

function TextChanges({ text }: { text: NonNullable<Props['text']> }) {
  return (
    <>
      <h2>Paragraphs the new version changes</h2>
      {text.changes.length === 0 ? <p className="meta">Only spacing differs.</p> : null}
      <ul className={styles.list}>
        {text.changes.map((change, index) => (
          <li key={index} className={change.kind === 'added' ? styles.added : styles.removed}>
            <span className={styles.tag}>{change.kind === 'added' ? 'Added: ' : 'Removed: '}</span>
            {change.text}
          </li>
        ))}
      </ul>
      {text.more > 0 ? <p className="meta">And {formatNumber(text.more)} more changed paragraphs.</p> : null}
    </>
  )
}

/** The approve screen of a pending change: everything publishing it makes public, field by field. */
export function ChangePublication({ screen, text }: Props) {
  const isPending = screen.status === 'PENDING'
  return (
    <section className={styles.summary} aria-label="What this step makes public">
      <h2>{isPending ? 'Becomes public with this step' : 'What it changed'}</h2>
      <p className="meta">
        On the public page <Link href={screen.subject.publicPath}>{screen.subject.publicPath}</Link> and everywhere it is shown · team page{' '}
        <Link href={screen.subject.reviewPath}>{screen.subject.words}</Link>
      </p>
      <table className={styles.fields}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Public now</th>
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {screen.lines.map((line) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              <td data-label="Public now" className={styles.was}>
                {line.before}
              </td>
              <td data-label="Proposed">
                <strong>{line.after}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {text ? <TextChanges text={text} /> : null}
      {isPending && screen.kind === 'SOURCE_VERSION' ? <QuoteMoves quotes={screen.quotes} /> : null}
      <p className="meta">
        Proposed by {askerName(screen.proposedBy)} on {formatMoment(screen.proposedAt)}
        {screen.decidedAt ? ` · ${screen.status === 'PUBLISHED' ? 'published' : 'withdrawn'} by ${screen.decidedBy?.name ?? 'someone'} on ${formatMoment(screen.decidedAt)}` : ''}
      </p>
      {isPending && screen.stale ? <p className={styles.warning}>{screen.stale}</p> : null}
    </section>
  )
}
