import Link from 'next/link'
import { AuditChanges } from '@/components/audit-changes'
import type { AuditListEntry } from '@/lib/data/workspace/audit'
import { formatMoment } from '@/lib/format'
import styles from './audit-list.module.css'

/** Audit entries, newest first: who, what, when, on what, and the fields that changed. */
export function AuditList({ entries }: { entries: AuditListEntry[] }) {
  if (entries.length === 0) return <p className="empty">Nothing recorded for this filter.</p>
  return (
    <ol className={styles.auditList}>
      {entries.map((entry) => (
        <li key={entry.id} className={`${styles.entry} card`}>
          <p className={styles.what}>
            <strong>{entry.actor?.name ?? 'The system'}</strong> <code className={styles.action}>{entry.action}</code>{' '}
            <time dateTime={entry.createdAt.toISOString()} className="meta">
              {formatMoment(entry.createdAt)}
            </time>
          </p>
          <p className={`meta ${styles.entity}`}>
            {entry.href ? <Link href={entry.href}>{entry.entityType}</Link> : entry.entityType} <span className="hash">{entry.entityId}</span> ·{' '}
            <Link href={`/review/audit?entity=${entry.entityType}:${entry.entityId}`}>Only this {entry.entityType.toLowerCase()}</Link>
          </p>
          <AuditChanges changes={entry.changes} isCreation={entry.isCreation} />
        </li>
      ))}
    </ol>
  )
}
