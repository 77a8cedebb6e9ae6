import Link from 'next/link'
import { PageLinks } from '@/components/page-links'
import { RatingBadge } from '@/components/rating-badge'
import { SearchSnippet } from '@/components/search-snippet'
import { type Misspelling, type SearchResults as Results } from '@/lib/data/public/search'
import { formatAlternatives, formatDay, formatList, formatNumber, isoDay } from '@/lib/format'
import styles from './search-results.module.css'
import claimList from './claim-list.module.css'

type Props = { q: string; results: Results; page: number; pageHref: (page: number) => string; isFiltered: boolean; clearHref: string }

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`

function summaryOf({ claimTotal, isClaimTotalExact, sources, quantities }: Results): string {
  const claims = isClaimTotalExact ? count(claimTotal, 'claim', 'claims') : `more than ${formatNumber(claimTotal)} claims`
  const parts = [claims, sources.length ? count(sources.length, 'source', 'sources') : '', quantities.length ? count(quantities.length, 'quantity', 'quantities') : ''].filter(Boolean)
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!
}

/** The results of a search, by kind: claims (paged), then sources and quantities on the first page. */
export function SearchResults({ q, results, page, pageHref, isFiltered, clearHref }: Props) {
  const { claims, sources, quantities } = results
  if (claims.length + sources.length + quantities.length === 0) {
    return (
      <section className={`${styles.searchEmpty} card`} aria-labelledby="search-empty-heading">
        <h2 id="search-empty-heading">No results for “{q}”</h2>
        <p>Nothing published matches these words{isFiltered ? ' with these filters' : ''}. Try fewer or different words, or a figure such as 545.</p>
        {isFiltered ? <Link href={clearHref}>Search again without filters</Link> : <Link href="/">See the latest checked claims</Link>}
      </section>
    )
  }
  return (
    <>
      <p className={styles.searchSummary} role="status">
        Found {summaryOf(results)} for “{q}”.
        {results.hasCloseMatches ? ` Some are close spellings of your words, not the words themselves: ${corrected(results.corrections)}.` : ''}
        {results.hasPartialMatches ? ' None has every word: these have most of them.' : ''}
      </p>
      {claims.length > 0 ? (
        <section aria-labelledby="search-claims-heading">
          <h2 id="search-claims-heading">Claims</h2>
          <ol className={`${claimList.claimList} ${styles.searchResults}`} aria-label="Claims found">
            {claims.map((claim) => (
              <li key={claim.slug} className={`${claimList.item} card`}>
                <p className={styles.meta}>
                  {claim.rating ? <RatingBadge rating={claim.rating} /> : null}
                  {claim.isCloseMatch ? <span className={styles.close}>Close spelling</span> : null}
                </p>
                <h3 className={claimList.title}>
                  <Link href={`/claims/${claim.slug}`}>
                    <SearchSnippet parts={claim.text} />
                  </Link>
                </h3>
                {claim.missing.length ? <p className={styles.missing}>Missing: {formatList(claim.missing.map((word) => `“${word}”`))}</p> : null}
                {claim.summary.length ? (
                  <p className={claimList.summary}>
                    <SearchSnippet parts={claim.summary} />
                  </p>
                ) : null}
                <p className="meta">
                  {claim.claimant ? `Claimed by ${claim.claimant}` : null}
                  {claim.claimant && claim.publishedAt ? ' · ' : null}
                  {claim.publishedAt ? (
                    <>
                      Published <time dateTime={isoDay(claim.publishedAt)}>{formatDay(claim.publishedAt)}</time>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
          <PageLinks label="Pages of claims" page={page} hasMore={results.hasMoreClaims} hrefOf={pageHref} previous="Previous claims" next="More claims" />
        </section>
      ) : null}
      {sources.length > 0 ? (
        <section aria-labelledby="search-sources-heading">
          <h2 id="search-sources-heading">Sources</h2>
          <ul className={styles.searchResults} aria-label="Sources found">
            {sources.map((source) => (
              <li key={source.id} className={styles.item}>
                <h3 className={styles.title}>
                  <Link href={`/sources/${source.id}`}>
                    <SearchSnippet parts={source.title} />
                  </Link>
                </h3>
                <p className="meta">
                  {[source.publisher, source.publishedOn ? formatDay(source.publishedOn) : null].filter(Boolean).join(' · ')}
                  {source.isCloseMatch ? <span className={styles.close}>Close spelling</span> : null}
                </p>
                {source.passage.length ? (
                  <p className={styles.passage}>
                    … <SearchSnippet parts={source.passage} /> …
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {quantities.length > 0 ? (
        <section aria-labelledby="search-quantities-heading">
          <h2 id="search-quantities-heading">Quantities</h2>
          <ul className={styles.searchResults} aria-label="Quantities found">
            {quantities.map((quantity) => (
              <li key={quantity.slug} className={styles.item}>
                <h3 className={styles.title}>
                  <Link href={`/quantities/${quantity.slug}`}>
                    <SearchSnippet parts={quantity.name} />
                  </Link>
                  {quantity.isCloseMatch ? <span className={styles.close}>Close spelling</span> : null}
                </h3>
                {quantity.description.length ? (
                  <p className={styles.passage}>
                    <SearchSnippet parts={quantity.description} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

/** Which words were searched instead: "“chidlren” as “children”, and “separted” as “separated” or “separate”". */
function corrected(corrections: Misspelling[]): string {
  return formatList(corrections.map(({ word, spellings }) => `“${word}” as ${formatAlternatives(spellings.map((spelling) => `“${spelling}”`))}`))
}
