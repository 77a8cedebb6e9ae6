import Link from 'next/link'
import type { Rating } from '@/lib/generated/prisma/enums'
import { RATINGS } from '@/lib/verdicts/ratings'
import { SEARCH_QUERY_MAX } from '@/lib/validations/search'
import searchBox from './search-box.module.css'
import styles from './search-form.module.css'

type Props = {
  q: string
  rating?: Rating
  source?: string
  sources: ReadonlyArray<{ id: string; title: string }>
  errors: { q?: string[]; rating?: string[]; source?: string[] }
}

const RATING_CHOICES = Object.entries(RATINGS) as Array<[Rating, (typeof RATINGS)[Rating]]>

/** The search page's form: the words, and filters by rating and by source. A plain GET form. */
export function SearchForm({ q, rating, source, sources, errors }: Props) {
  const isFiltered = Boolean(rating || source)
  return (
    <form method="get" action="/search" role="search" aria-label="Search and filters" className="form search-form">
      <div className="form__field search-form__words">
        <label htmlFor="search-q">Search claims, sources and figures</label>
        <div className={searchBox.row}>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={SEARCH_QUERY_MAX}
            aria-describedby="search-q-hint search-q-error"
            aria-invalid={errors.q ? true : undefined}
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
        <p id="search-q-hint" className="form__hint">
          Words, a figure such as 545, or &quot;an exact phrase&quot;; -word leaves a word out.
        </p>
        <p id="search-q-error" className="form__field-error" aria-live="polite">
          {errors.q?.[0]}
        </p>
      </div>
      <fieldset className={styles.filters}>
        <legend>Narrow the results</legend>
        <div className="form__field">
          <label htmlFor="search-rating">Rating</label>
          <select id="search-rating" name="rating" defaultValue={rating ?? ''} aria-describedby="search-rating-error" aria-invalid={errors.rating ? true : undefined}>
            <option value="">Any rating</option>
            {RATING_CHOICES.map(([value, info]) => (
              <option key={value} value={value}>
                {info.label}
              </option>
            ))}
          </select>
          <p id="search-rating-error" className="form__field-error" aria-live="polite">
            {errors.rating?.[0]}
          </p>
        </div>
        <div className="form__field">
          <label htmlFor="search-source">Source</label>
          <select id="search-source" name="source" defaultValue={source ?? ''} aria-describedby="search-source-error" aria-invalid={errors.source ? true : undefined}>
            <option value="">Any source</option>
            {sources.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.title}
              </option>
            ))}
          </select>
          <p id="search-source-error" className="form__field-error" aria-live="polite">
            {errors.source?.[0]}
          </p>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--quiet">
            Apply filters
          </button>
          {isFiltered && q ? <Link href={`/search?${new URLSearchParams({ q })}`}>Clear filters</Link> : null}
        </div>
      </fieldset>
    </form>
  )
}
