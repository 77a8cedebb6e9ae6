import { QuotePagesLink } from '@/components/quote-pages-link'
import type { PdfCitation } from '@/lib/data/public/pdf-citations'
import { formatDay } from '@/lib/format'
import styles from './quoted-passage.module.css'

export type QuotedPassageProps = {
  quote: {
    id: string
    exact: string
    anchorStatus: string
    snapshot: { source: { id: string; title: string; publisher: string | null; publishedOn: Date | null } }
  }
  label?: string
  /** For a quote from a PDF: its pages, cited after the source's name and, where the reader may open it, linked to the original at the first. */
  pdf?: PdfCitation | null
}

/** A passage quoted word for word, linked to its place in the preserved source. */
export function QuotedPassage({ quote, label, pdf }: QuotedPassageProps) {
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
        {pdf ? (
          <>
            , <QuotePagesLink pdf={pdf} />
          </>
        ) : null}
        {source.publisher ? <span>, {source.publisher}</span> : null}
        {source.publishedOn ? <span>, {formatDay(source.publishedOn)}</span> : null}
        {quote.anchorStatus === 'FUZZY' ? <span className={styles.passageFlag}> (re-anchored after the source changed)</span> : null}
      </figcaption>
    </figure>
  )
}
