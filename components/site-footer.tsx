import Link from 'next/link'
import styles from './site-footer.module.css'

export function SiteFooter() {
  return (
    <footer className={styles.siteFooter}>
      <div className="container">
        <p>
          Claimtrail traces every statement to the exact words of a preserved source. Ratings use a fixed five-point scale, from
          False to True, plus Unproven.
        </p>
        <nav aria-label="About Claimtrail">
          <ul className={styles.links}>
            <li>
              <Link href="/methodology">Methodology</Link>
            </li>
            <li>
              <Link href="/corrections">Corrections</Link>
            </li>
            <li>
              <Link href="/suggest">Suggest a claim</Link>
            </li>
            <li>
              <Link href="/about">About and contact</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
