'use client'

import { useActionState } from 'react'
import { FigureReading } from '@/components/figure-reading'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { dismissSuggestion } from '@/lib/actions/dismiss-suggestion'
import type { ReaderSuggestion, SuggestionSection } from '@/lib/data/workspace/suggestions'
import { formatNumber } from '@/lib/format'
import { INITIAL_FORM_STATE, type FormState } from '@/lib/form-state'
import type { SuggestionKind } from '@/lib/generated/prisma/enums'
import { useSuggestionPages } from './use-suggestion-pages'
import styles from './suggestion-list.module.css'

type OnAccept = (suggestion: ReaderSuggestion) => void
type Props = { snapshotId: string; sections: Record<SuggestionKind, SuggestionSection>; onAccept: OnAccept }

const SECTIONS: ReadonlyArray<{ kind: SuggestionKind; heading: string }> = [
  { kind: 'FIGURE', heading: 'Figures' },
  { kind: 'CHECK_WORTHY', heading: 'Worth checking' },
]

/** What the importer found in this version, by kind, a page at a time: accept opens the matching form, dismiss records it. */
export function SuggestionList({ snapshotId, sections, onAccept }: Props) {
  const total = sections.FIGURE.total + sections.CHECK_WORTHY.total
  return (
    <section aria-labelledby="suggestions-heading" className={`${styles.suggestions} card`}>
      <h2 id="suggestions-heading">
        Suggestions <span className="queue__count">({formatNumber(total)})</span>
      </h2>
      {total === 0 ? (
        <p className="empty">No open suggestions for this version.</p>
      ) : (
        SECTIONS.map(({ kind, heading }) => <SuggestionPages key={kind} snapshotId={snapshotId} kind={kind} heading={heading} section={sections[kind]} onAccept={onAccept} />)
      )}
    </section>
  )
}

type PagesProps = { snapshotId: string; kind: SuggestionKind; heading: string; section: SuggestionSection; onAccept: OnAccept }

function SuggestionPages({ snapshotId, kind, heading, section, onAccept }: PagesProps) {
  const pages = useSuggestionPages(snapshotId, kind, section)
  const headingId = `suggestions-${kind.toLowerCase()}`
  return (
    <div role="group" aria-labelledby={headingId} className={styles.suggestionsSection}>
      <h3 id={headingId}>
        {heading} <span className="queue__count">({formatNumber(section.total)})</span>
      </h3>
      {pages.shown.length === 0 ? (
        <p className="empty">None open.</p>
      ) : (
        <ul className={styles.suggestionsList}>
          {pages.shown.map((suggestion) => (
            <SuggestionItem key={suggestion.id} suggestion={suggestion} onAccept={onAccept} onDismissed={pages.onDismissed} />
          ))}
        </ul>
      )}
      {pages.hasMore ? (
        <p className={styles.suggestionsMore}>
          <span className="meta">
            Showing {formatNumber(pages.shown.length)} of {formatNumber(section.total)}
          </span>
          <button type="button" className="button button--quiet" onClick={pages.showMore} disabled={pages.isLoading} aria-describedby={`${headingId}-loading`}>
            Show more<span className="visually-hidden"> {heading.toLowerCase()}</span>
          </button>
        </p>
      ) : null}
      <p id={`${headingId}-loading`} className="form__field-error" aria-live="polite">
        {pages.isLoading ? 'Loading…' : pages.error}
      </p>
    </div>
  )
}

function SuggestionItem({ suggestion, onAccept, onDismissed }: { suggestion: ReaderSuggestion; onAccept: OnAccept; onDismissed: (id: string) => void }) {
  const [state, action] = useActionState(async (previous: FormState, form: FormData) => {
    const next = await dismissSuggestion(previous, form)
    if (next.status === 'ok') onDismissed(suggestion.id)
    return next
  }, INITIAL_FORM_STATE)
  const exact = suggestion.exact.length > 160 ? `${suggestion.exact.slice(0, 157)}…` : suggestion.exact
  return (
    <li className={styles.suggestionsItem}>
      <p className={styles.suggestionsText}>
        “{exact}”
        {suggestion.isReadByOcr ? (
          <>
            {' '}
            <span className={styles.suggestionsOcr} title="This text was recognised by OCR: check it against the original">
              read by OCR
            </span>
          </>
        ) : null}
      </p>
      {suggestion.figure ? <FigureReading figure={suggestion.figure} /> : null}
      <form action={action} className={styles.suggestionsActions}>
        <input type="hidden" name="suggestionId" value={suggestion.id} />
        <button type="button" className="button" onClick={() => onAccept(suggestion)}>
          Accept<span className="visually-hidden"> suggestion “{exact}”</span>
        </button>
        <SubmitButton quiet pending="Dismissing…">
          Dismiss<span className="visually-hidden"> suggestion “{exact}”</span>
        </SubmitButton>
      </form>
      <FormAlert state={state} />
    </li>
  )
}
