import Link from 'next/link'
import { SearchBox } from '@/components/search-box'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          Claimtrail
        </Link>
        <nav aria-label="Main">
          <ul className="site-header__nav">
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
