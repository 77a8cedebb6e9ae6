import Link from 'next/link'
import type { ReaderPage } from '@/lib/anchoring/page-pieces'
import type { ReaderSource } from '@/lib/data/workspace/sources'
import { citePages, pagesOf } from '@/lib/pdf/page-range'
import styles from './reader-annotations.module.css'

/** `pages`: the PDF pages of the version the quotes are in; none for other sources. */
type Props = { quotes: ReaderSource['quotes']; needsReview: ReaderSource['needsReview']; pages: ReaderPage[] }

function uniqueClaims(claims: Array<{ id: string; text: string } | null>) {
  return [...new Map(claims.flatMap((claim) => (claim ? [[claim.id, claim] as const] : []))).values()]
}

/** The passages quoted from this version and what uses them, and the ones a re-import lost. */
export function ReaderAnnotations({ quotes, needsReview, pages }: Props) {
  const cite = (quote: { start: number; end: number }) => {
    const range = pagesOf(pages, quote.start, quote.end)
    return range ? <span className={styles.quotePages}>, {citePages(range)}</span> : null
  }
  return (
    <>
      {needsReview.length > 0 ? (
        <section aria-labelledby="review-heading" className={styles.readerReview}>
          <h2 id="review-heading">Quotes to check after a new version ({needsReview.length})</h2>
          <ul>
            {needsReview.map((quote) => (
              <li key={quote.id}>
                <strong>{quote.anchorStatus === 'ORPHANED' ? `Orphaned (version ${quote.snapshot.version})` : 'Found again by fuzzy search'}:</strong>{' '}
                {quote.anchorStatus === 'ORPHANED' ? `“${quote.exact}”` : <a href={`#q-${quote.id}`}>“{quote.exact}”</a>}
                {uniqueClaims([...quote.appearances.map((a) => a.claim), ...quote.figures.map((f) => f.claim)]).map((claim) => (
                  <span key={claim.id} className={styles.sourceClaim}>
                    Claim: <Link href={`/review/claims/${claim.id}`}>{claim.text}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="quoted-heading" className={styles.sourceQuoted}>
        <h2 id="quoted-heading">Passages quoted from this version ({quotes.length})</h2>
        {quotes.length === 0 ? (
          <p className="empty">Nothing quoted yet.</p>
        ) : (
          <ul>
            {quotes.map((quote) => (
              <li key={quote.id}>
                <a href={`#q-${quote.id}`}>“{quote.exact}”</a>
                {cite(quote)}
                {uniqueClaims([...quote.appearances.map((a) => a.claim), ...quote.figures.map((f) => f.claim)]).map((claim) => (
                  <span key={claim.id} className={styles.sourceClaim}>
                    Claim: <Link href={`/review/claims/${claim.id}`}>{claim.text}</Link>
                  </span>
                ))}
                {quote.figures.map((figure) => (
                  <span key={figure.id} className={styles.sourceClaim}>
                    Figure for {figure.quantity.name}
                  </span>
                ))}
                {quote._count.evidence > 0 ? <span className={styles.sourceClaim}>Cited as evidence in {quote._count.evidence} verdict revision(s)</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
