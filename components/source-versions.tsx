import Link from 'next/link'
import type { CurrentUser } from '@/lib/auth/session'
import { listSourceVersions } from '@/lib/data/workspace/sources'
import { formatDay, isoDay } from '@/lib/format'
import { currentVersionOf, versionStateLabel } from '@/lib/labels/source'
import styles from './source-versions.module.css'

/** On a source's reader: its versions, each with a link to what changed since the one before. Nothing for a source of one version. */
export async function SourceVersions({ asker, sourceId }: { asker: CurrentUser; sourceId: string }) {
  const versions = await listSourceVersions(asker, sourceId)
  if (versions.length < 2) return null
  const current = currentVersionOf(versions)
  const compare = (from: number, to: number) => `/review/sources/${sourceId}/compare?from=${from}&to=${to}`
  return (
    <section aria-labelledby="versions-heading" className={styles.versions}>
      <h2 id="versions-heading">Versions</h2>
      <ol>
        {versions.map((version, index) => (
          <li key={version.id}>
            Version {version.version}, captured <time dateTime={isoDay(version.capturedAt)}>{formatDay(version.capturedAt)}</time>
            {version.capturedBy ? ` by ${version.capturedBy.name}` : ''} ({versionStateLabel(version, current)})
            {index > 0 ? (
              <>
                {' · '}
                <Link href={compare(versions[index - 1]!.version, version.version)}>What changed from version {versions[index - 1]!.version}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="meta">
        <Link href={compare(versions.at(-2)!.version, versions.at(-1)!.version)}>Compare any two versions</Link>
      </p>
    </section>
  )
}
