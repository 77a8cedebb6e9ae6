import { formatDay } from '@/lib/format'
import { citePages, type QuotePages } from '@/lib/pdf/page-range'
import styles from './quoted-passage.module.css'

export type QuotedPassageProps = {
  quote: {
    id: string
    exact: string
    anchorStatus: string
    snapshot: { source: { id: string; title: string; publisher: string | null; publishedOn: Date | null } }
  }
  label?: string
  /** The quote's pages in a PDF source (lib/data/quote-pages.ts), cited after the source; omit for none. */
  pages?: QuotePages | null
}

/** A passage quoted word for word, linked to its place in the preserved source. */
export function QuotedPassage({ quote, label, pages }: QuotedPassageProps) {
  const { source } = quote.snapshot
  const href = `/sources/${source.id}#q-${quote.id}`
  return (
    <figure className={styles.passage}>
      {label ? <p className={styles.passageLabel}>{label}</p> : null}
      <blockquote className={styles.passageText} cite={href}>
        <p>{quote.exact}</p>
      </blockquote>
      <figcaption className={styles.passageSource}>
        {/* A full page load, so the browser scrolls to the passage and :target highlights it. */}
        <a href={href}>{source.title}</a>
        {source.publisher ? <span>, {source.publisher}</span> : null}
        {source.publishedOn ? <span>, {formatDay(source.publishedOn)}</span> : null}
        {pages ? <span>, {citePages(pages)}</span> : null}
        {quote.anchorStatus === 'FUZZY' ? <span className={styles.passageFlag}> (re-anchored after the source changed)</span> : null}
      </figcaption>
    </figure>
  )
}
