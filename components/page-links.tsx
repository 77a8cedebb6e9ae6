import Link from 'next/link'
import styles from './page-links.module.css'

type Props = {
  /** What the pages hold, for screen readers: "Pages of corrections". */
  label: string
  page: number
  hasMore: boolean
  hrefOf: (page: number) => string
  previous: string
  next: string
}

/** Links to the page before and the page after a page of a list; nothing when there is one page. */
export function PageLinks({ label, page, hasMore, hrefOf, previous, next }: Props) {
  if (page <= 1 && !hasMore) return null
  return (
    <nav aria-label={label} className={styles.pager}>
      {page > 1 ? <Link href={hrefOf(page - 1)}>{previous}</Link> : <span />}
      {hasMore ? <Link href={hrefOf(page + 1)}>{next}</Link> : null}
    </nav>
  )
}
