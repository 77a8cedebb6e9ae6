import { SEARCH_QUERY_MAX } from '@/lib/validations/search'
import styles from './search-box.module.css'

/** A one-field search form that opens /search; the header and the home page each have one. */
export function SearchBox({ id, label, isCompact }: { id: string; label: string; isCompact?: boolean }) {
  return (
    <form method="get" action="/search" role="search" aria-label={label} className={isCompact ? `${styles.searchBox} ${styles.searchBoxCompact}` : styles.searchBox}>
      <label htmlFor={id} className={isCompact ? 'visually-hidden' : styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input id={id} name="q" type="search" maxLength={SEARCH_QUERY_MAX} placeholder={isCompact ? 'Search' : 'e.g. 545 parents'} />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  )
}
