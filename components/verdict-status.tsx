import type { VerdictStatus } from '@/lib/generated/prisma/enums'
import { STATUS_LABELS } from '@/lib/verdicts/workflow'

export function VerdictStatusBadge({ status, isSuperseded }: { status: VerdictStatus; isSuperseded?: boolean }) {
  const modifier = isSuperseded ? 'superseded' : status.toLowerCase().replace('_', '-')
  return <span className={`verdict-status verdict-status--${modifier}`}>{isSuperseded ? 'Published, since corrected' : STATUS_LABELS[status]}</span>
}
