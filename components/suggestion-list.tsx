'use client'

import { useActionState } from 'react'
import { FigureReading } from '@/components/figure-reading'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { dismissSuggestion } from '@/lib/actions/dismiss-suggestion'
import type { ReaderSuggestion } from '@/lib/data/workspace/sources'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import styles from './suggestion-list.module.css'

type Props = { suggestions: ReaderSuggestion[]; onAccept: (suggestion: ReaderSuggestion) => void }

const KIND_LABELS = { FIGURE: 'Figure', CHECK_WORTHY: 'Worth checking' } as const

/** What the importer found in this version: accept opens the matching form, dismiss records it. */
export function SuggestionList({ suggestions, onAccept }: Props) {
  return (
    <section aria-labelledby="suggestions-heading" className={`${styles.suggestions} card`}>
      <h2 id="suggestions-heading">
        Suggestions <span className="queue__count">({suggestions.length})</span>
      </h2>
      {suggestions.length === 0 ? (
        <p className="empty">No open suggestions for this version.</p>
      ) : (
        <ul className={styles.suggestionsList}>
          {suggestions.map((suggestion) => (
            <SuggestionItem key={suggestion.id} suggestion={suggestion} onAccept={onAccept} />
          ))}
        </ul>
      )}
    </section>
  )
}

function SuggestionItem({ suggestion, onAccept }: { suggestion: ReaderSuggestion; onAccept: Props['onAccept'] }) {
  const [state, action] = useActionState(dismissSuggestion, INITIAL_FORM_STATE)
  const exact = suggestion.exact.length > 160 ? `${suggestion.exact.slice(0, 157)}…` : suggestion.exact
  return (
    <li className={styles.suggestionsItem}>
      <p className={styles.suggestionsKind}>{KIND_LABELS[suggestion.kind]}</p>
      <p className={styles.suggestionsText}>“{exact}”</p>
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
