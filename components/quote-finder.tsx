'use client'

import { useState, type FormEvent } from 'react'
import { findPassage } from '@/lib/anchoring/find-passage'
import type { TextRange } from '@/lib/anchoring/selection-offsets'
import styles from './quote-finder.module.css'

/** Selecting without a mouse: type the words of the passage and it is selected for annotating. */
export function QuoteFinder({ text, onFound }: { text: string; onFound: (range: TextRange) => void }) {
  const [error, setError] = useState<string | null>(null)
  const find = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const result = findPassage(text, String(new FormData(event.currentTarget).get('words') ?? ''))
    setError(result.ok ? null : result.message)
    if (result.ok) onFound(result.range)
  }
  return (
    <form className="quote-finder" onSubmit={find} role="search" aria-label="Find a passage">
      <div className="form__field">
        <label htmlFor="quote-words">Quote words</label>
        <div className={styles.row}>
          <input id="quote-words" name="words" type="search" maxLength={2000} aria-describedby="quote-words-hint quote-words-error" aria-invalid={error ? true : undefined} />
          <button type="submit" className="button button--quiet">
            Select
          </button>
        </div>
        <p id="quote-words-hint" className="form__hint">
          Or select the words in the text below. Typed words must appear once; quotes and dashes may be typed plainly.
        </p>
        <p id="quote-words-error" className="form__field-error" aria-live="polite">
          {error}
        </p>
      </div>
    </form>
  )
}
