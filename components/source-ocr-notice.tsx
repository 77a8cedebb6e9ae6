import type { ReaderPage } from '@/lib/anchoring/page-pieces'
import { ocrPageNames } from '@/lib/labels/page'
import { formatList } from '@/lib/format'
import styles from './source-ocr-notice.module.css'

type Props = {
  pages: readonly ReaderPage[]
  /** The original PDF of the version shown: the team's or the public's download. */
  originalHref: string | null
}

/**
 * Above a PDF's text when OCR read some of it: OCR misreads (a 5 for an S, a dropped digit), so
 * every word from those pages is worth checking against the scan itself.
 */
export function SourceOcrNotice({ pages, originalHref }: Props) {
  const names = ocrPageNames(pages)
  if (names.length === 0) return null
  const which = names.length === pages.length && names.length > 1 ? 'every page' : `${names.length === 1 ? 'page' : 'pages'} ${formatList(names)}`
  return (
    <p className={styles.ocrNotice} role="note">
      <strong>Text recognised by OCR: </strong>
      {originalHref ? (
        // A plain link: the original is a download (lib/http/original-response.ts), never a page to prefetch.
        <a href={originalHref}>check the original</a>
      ) : (
        'check the original'
      )}
      . The words on {which} were read from an image and may be misread, figures included.
    </p>
  )
}
