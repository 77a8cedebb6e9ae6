import Link from 'next/link'
import { SearchBox } from '@/components/search-box'
import styles from './site-header.module.css'

export function SiteHeader() {
  return (
    <header className={styles.siteHeader}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.brand}>
          Claimtrail
        </Link>
        <nav aria-label="Main">
          <ul className={styles.nav}>
            <li>
              <Link href="/">Claims</Link>
            </li>
            <li>
              <Link href="/quantities">Figures</Link>
            </li>
            <li>
              <Link href="/review">Workspace</Link>
            </li>
          </ul>
        </nav>
        <SearchBox id="site-search" label="Search Claimtrail" isCompact />
      </div>
    </header>
  )
}
