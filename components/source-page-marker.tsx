import type { ReaderPage } from '@/lib/anchoring/page-pieces'
import { OUTSIDE_TEXT_ATTRIBUTE } from '@/lib/anchoring/selection-offsets'
import { pageMarkerWords } from '@/lib/labels/page'
import styles from './source-page-marker.module.css'

/**
 * Where a PDF page starts in the text: its name, its place in the file when the PDF labels it
 * otherwise, whether OCR read it, and its running heads and footers (kept out of the text, shown
 * here so a browser's find still finds them). Not selectable, and no part of the text's offsets.
 */
export function SourcePageMarker({ page }: { page: ReaderPage }) {
  const words = pageMarkerWords(page)
  const notes = [words.position, words.ocr].filter((note): note is string => note !== null)
  return (
    <span className={styles.pageMarker} {...{ [OUTSIDE_TEXT_ATTRIBUTE]: '' }} data-page={page.index}>
      <span className={styles.pageName}>{words.name}</span>
      {notes.length > 0 ? <span className={page.ocr ? `${styles.pageNote} ${styles.pageOcr}` : styles.pageNote}>{notes.join(' · ')}</span> : null}
      {words.furniture.length > 0 ? (
        <span className={styles.pageFurniture} title="Running heads and footers on this page, kept out of the text">
          {words.furniture.join(' · ')}
        </span>
      ) : null}
    </span>
  )
}
