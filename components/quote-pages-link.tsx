import type { PdfCitation } from '@/lib/data/public/pdf-citations'
import styles from './quote-pages-link.module.css'

/**
 * A PDF quote's pages as cited ("p. 42", "pp. 42–43"), linked to the original opened at the first
 * of them. A plain link, not <Link>: the answer is a file for the browser's PDF viewer.
 */
export function QuotePagesLink({ pdf }: { pdf: PdfCitation }) {
  if (!pdf.originalAtPage) return <span className={styles.pages}>{pdf.cite}</span>
  return (
    <a className={styles.pages} href={pdf.originalAtPage}>
      {pdf.cite}
      <span className={styles.format}> (PDF)</span>
    </a>
  )
}
