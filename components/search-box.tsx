import { SEARCH_QUERY_MAX } from '@/lib/validations/search'

/** A one-field search form that opens /search; the header and the home page each have one. */
export function SearchBox({ id, label, isCompact }: { id: string; label: string; isCompact?: boolean }) {
  return (
    <form method="get" action="/search" role="search" aria-label={label} className={isCompact ? 'search-box search-box--compact' : 'search-box'}>
      <label htmlFor={id} className={isCompact ? 'visually-hidden' : 'search-box__label'}>
        {label}
      </label>
      <div className="search-box__row">
        <input id={id} name="q" type="search" maxLength={SEARCH_QUERY_MAX} placeholder={isCompact ? 'Search' : 'e.g. 545 parents'} />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  )
}
