// Links to the bytes a source's text was read from (docs/decisions/021): one for the public, to the
// version its page shows, and one a version for the team. Plain links, not <Link>: the answer is a
// download, never a page to prefetch.
import { formatBytes, formatDay, isoDay } from '@/lib/format'
import { originalTypeLabel } from '@/lib/labels/source'
import styles from './source-original-link.module.css'

type Original = { size: number; mediaType: string; fileName: string | null }
type Version = { version: number; capturedAt: Date; original: Original | null }

function OriginalAnchor({ href, version, prefix = 'The' }: { href: string; version: Version; prefix?: string }) {
  return (
    <a href={href} download>
      {prefix} original as captured on <time dateTime={isoDay(version.capturedAt)}>{formatDay(version.capturedAt)}</time>
    </a>
  )
}

/** "HTML page, 12.3 kB", and for the team the uploaded file's name (the public's download is named after the source). */
const describe = (original: Original, fileName: string | null = null) => [originalTypeLabel(original.mediaType), formatBytes(original.size), fileName].filter(Boolean).join(', ')

/** The public source page's link to the original of the version it shows; nothing when none was kept. */
export function SourceOriginalLink({ sourceId, snapshot }: { sourceId: string; snapshot: Version }) {
  if (!snapshot.original) return null
  return (
    <p className={styles.original}>
      <OriginalAnchor href={`/sources/${sourceId}/original?version=${snapshot.version}`} version={snapshot} /> ({describe(snapshot.original)})
    </p>
  )
}

/** The workspace's list of every version's original, pending versions included. */
export function SourceOriginalList({ sourceId, versions }: { sourceId: string; versions: Array<Version & { adoptedAt: Date | null }> }) {
  return (
    <ul className={styles.originals} aria-label="Originals of each version">
      {versions.map((version) => (
        <li key={version.version}>
          Version {version.version}
          {version.adoptedAt ? '' : ' (waiting for an editor)'}:{' '}
          {version.original ? (
            <>
              <OriginalAnchor href={`/review/sources/${sourceId}/versions/${version.version}/original`} version={version} prefix="the" /> ({describe(version.original, version.original.fileName)})
            </>
          ) : (
            'no original kept (imported before originals were)'
          )}
        </li>
      ))}
    </ul>
  )
}
