import { CheckRequestDecisionForm } from '@/components/check-request-decision-form'
import type { CheckRequestItem } from '@/lib/data/workspace/check-requests'
import { formatDay, isoDay } from '@/lib/format'
import styles from './check-request-list.module.css'

const STATUS_LABELS = { NEW: 'New', TAKEN_UP: 'Taken up', DECLINED: 'Declined' } as const

/** Readers' requests as cards; open ones carry the decision form. */
export function CheckRequestList({ requests, label }: { requests: CheckRequestItem[]; label: string }) {
  return (
    <ol className={styles.checkRequests} aria-label={label}>
      {requests.map((request) => (
        <li key={request.id} className={`${styles.checkRequestsItem} card`}>
          <p className="meta">
            {STATUS_LABELS[request.status]} · received <time dateTime={request.createdAt.toISOString()}>{formatDay(request.createdAt)}</time>
            {request.decidedAt ? (
              <>
                {' '}
                · decided by {request.decidedBy?.name ?? 'someone'} on <time dateTime={isoDay(request.decidedAt)}>{formatDay(request.decidedAt)}</time>
              </>
            ) : null}
          </p>
          <blockquote className={styles.checkRequestsText}>{request.claimText}</blockquote>
          {request.seenAt ? <p>Seen at: {request.seenAt}</p> : null}
          {request.email ? <p className="meta">Reply to: {request.email}</p> : null}
          {request.decisionNote ? <p className="meta">Note: {request.decisionNote}</p> : null}
          {request.status === 'NEW' ? <CheckRequestDecisionForm requestId={request.id} /> : null}
        </li>
      ))}
    </ol>
  )
}
