import type { Metadata } from 'next'
import Link from 'next/link'
import { requirePermission } from '@/lib/auth/session'
import { listSources } from '@/lib/data/workspace/sources'
import { formatDay } from '@/lib/format'
import { SOURCE_KIND_LABELS } from '@/lib/labels/source'
import styles from './page.module.css'

export const metadata: Metadata = { title: 'Sources' }

export default async function SourcesPage() {
  const user = await requirePermission('workspace.view', '/review/sources')
  const sources = await listSources(user)
  return (
    <>
      <header className="page-header">
        <h1>Sources</h1>
        <Link href="/review/sources/new" className="button">
          Import a source
        </Link>
      </header>
      {sources.length === 0 ? (
        <p className="empty">No sources yet. Import the first one.</p>
      ) : (
        <ul className={styles.sourceList}>
          {sources.map((source) => (
            <li key={source.id} className={styles.sourceListItem}>
              <Link href={`/review/sources/${source.id}`} className={styles.sourceListTitle}>
                {source.title}
              </Link>
              <p className="meta">
                {SOURCE_KIND_LABELS[source.kind]}
                {source.publisher ? ` · ${source.publisher}` : ''}
                {source.publishedOn ? ` · ${formatDay(source.publishedOn)}` : ''}
                {source.latest
                  ? ` · version ${source.latest.version}, ${source.latest._count.quotes} quotes, ${source.latest._count.suggestions} open suggestions`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
