import type { VerdictStatus } from '@/lib/generated/prisma/enums'
import { STATUS_LABELS } from '@/lib/verdicts/workflow'
import styles from './verdict-status.module.css'

const STATUS_CLASS: Record<VerdictStatus, string | undefined> = {
  DRAFT: '',
  SUBMITTED: styles.verdictStatusSubmitted,
  CHANGES_REQUESTED: styles.verdictStatusChangesRequested,
  APPROVED: styles.verdictStatusApproved,
  PUBLISHED: styles.verdictStatusPublished,
}

export function VerdictStatusBadge({ status, isSuperseded }: { status: VerdictStatus; isSuperseded?: boolean }) {
  const modifier = isSuperseded ? '' : STATUS_CLASS[status]
  return <span className={`${styles.verdictStatus} ${modifier}`.trimEnd()}>{isSuperseded ? 'Published, since corrected' : STATUS_LABELS[status]}</span>
}
