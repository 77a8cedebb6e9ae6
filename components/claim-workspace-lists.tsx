import { AppearanceControls } from '@/components/appearance-controls'
import type { ClaimWorkspace } from '@/lib/data/workspace/claims'
import { formatDay, formatDecimal } from '@/lib/format'
import { QUALIFIER_LABELS } from '@/lib/labels/figure'
import { citePages, type QuotePages } from '@/lib/pdf/page-range'
import styles from './claim-workspace-lists.module.css'
import quotedPassage from './quoted-passage.module.css'

type Appearance = ClaimWorkspace['appearances'][number]
type Figure = ClaimWorkspace['figures'][number]

function readerLink(quote: Appearance['quote']) {
  return `/review/sources/${quote.snapshot.source.id}#q-${quote.id}`
}

/** ", pp. 2–3" for a passage in a PDF source. */
const pagesNote = (pages: QuotePages | null) => (pages ? `, ${citePages(pages)}` : '')

function anchorNote(status: string) {
  if (status === 'FUZZY') return ' (re-anchored by fuzzy search: check it)'
  if (status === 'ORPHANED') return ' (orphaned: not found in the latest version)'
  return ''
}

/** Where the claim appears: each passage, its source and the source's stance. */
export function ClaimAppearances({ appearances }: { appearances: Appearance[] }) {
  if (appearances.length === 0) return <p className="empty">No passages yet. Select one in a source to attach it.</p>
  return (
    <ol className={styles.appearances}>
      {appearances.map((appearance, index) => {
        const source = appearance.quote.snapshot.source
        return (
          <li key={appearance.id} className={styles.appearance}>
            <blockquote className={quotedPassage.passageText}>
              <p>{appearance.quote.exact}</p>
            </blockquote>
            <p className={quotedPassage.passageSource}>
              <a href={readerLink(appearance.quote)}>{source.title}</a>
              {source.publisher ? `, ${source.publisher}` : ''}
              {pagesNote(appearance.pages)}
              <span className={quotedPassage.passageFlag}>{anchorNote(appearance.quote.anchorStatus)}</span>
            </p>
            <AppearanceControls appearanceId={appearance.id} stance={appearance.stance} isCited={appearance.isCited} label={`passage ${index + 1}`} />
          </li>
        )
      })}
    </ol>
  )
}

function describeFigure(figure: Figure): string {
  const number = (value: Figure['value']) => (value === null ? '' : formatDecimal(value.toNumber()))
  if (figure.qualifier === 'RANGE') return `${number(figure.low)} to ${number(figure.high)} ${figure.unit}`
  const qualifier = figure.qualifier === 'EXACT' ? '' : `${QUALIFIER_LABELS[figure.qualifier].toLowerCase()} `
  return `${qualifier}${number(figure.value)} ${figure.unit}`
}

export function ClaimFigureList({ figures }: { figures: Figure[] }) {
  if (figures.length === 0) return <p className="empty">No figures yet. Select a number in a source and create a figure from it.</p>
  return (
    <ul className={styles.workspaceFigures}>
      {figures.map((figure) => (
        <li key={figure.id}>
          <strong>{describeFigure(figure)}</strong> · {figure.quantity.name}
          {figure.periodLabel ? ` · ${figure.periodLabel}` : ''}
          {figure.derivation ? ` · derived: ${figure.derivation}` : ''}
          <span className="meta"> · {figure.publishedAt ? 'published' : 'unpublished'} · </span>
          <a href={readerLink(figure.quote)}>“{figure.quote.exact}”</a>
          {pagesNote(figure.pages)}
        </li>
      ))}
    </ul>
  )
}

type Note = ClaimWorkspace['notes'][number]

/** Team discussion, oldest first so it reads as a conversation. */
export function ClaimNoteList({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return <p className="empty">No notes yet.</p>
  return (
    <ol className={styles.notes}>
      {notes.map((note) => (
        <li key={note.id} className={styles.note}>
          <p className="meta">
            <strong>{note.author.name}</strong> · <time dateTime={note.createdAt.toISOString()}>{formatDay(note.createdAt)}, {note.createdAt.toISOString().slice(11, 16)} UTC</time>
          </p>
          <p className={styles.noteBody}>{note.body}</p>
        </li>
      ))}
    </ol>
  )
}
