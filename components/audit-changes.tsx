import { DiffText } from '@/components/word-diff'
import type { FieldChange } from '@/lib/audit/changed-fields'
import styles from './audit-changes.module.css'

/** The fields an audit entry changed, each with its before and after as a word diff. */
export function AuditChanges({ changes, isCreation }: { changes: FieldChange[]; isCreation: boolean }) {
  if (changes.length === 0) return <p className="meta">No field changed.</p>
  return (
    <dl className={styles.auditChanges}>
      {changes.map((change) => (
        <div key={change.field} className={styles.row}>
          <dt>{change.label}</dt>
          <dd className={styles.value}>{isCreation ? change.after : <DiffText parts={change.parts} empty="(cleared)" />}</dd>
        </div>
      ))}
    </dl>
  )
}
