import Link from 'next/link'
import type { ChangeListItem } from '@/lib/data/workspace/pending-changes'
import type { WorkspaceFigure } from '@/lib/data/workspace/quantities'
import { isoDay } from '@/lib/format'
import { RANK_LABELS, RANK_REASON_LABELS } from '@/lib/labels/figure'
import { FigureEditForm } from './figure-edit-form'
import { FigureRankForm } from './figure-rank-form'
import { WaitingChanges } from './waiting-changes'
import styles from './review-figure-card.module.css'

const RANK_CLASS = { PREFERRED: styles.rankPreferred, NORMAL: '', DEPRECATED: styles.rankDeprecated } as const

const decimal = (n: { toString(): string } | null) => (n === null ? '' : n.toString())

function bounds(figure: WorkspaceFigure): string {
  if (figure.low === null && figure.high === null) return 'none stored'
  return `${figure.low === null ? 'open' : decimal(figure.low)} to ${figure.high === null ? 'open' : decimal(figure.high)}`
}

/** One figure of a quantity: what it says, where and when, its rank, and the forms to change them. */
type Props = { figure: WorkspaceFigure; quantityId: string; canWrite: boolean; waiting: ChangeListItem[] }

export function ReviewFigureCard({ figure, quantityId, canWrite, waiting }: Props) {
  const headingId = `figure-${figure.id}-heading`
  return (
    <li id={`figure-${figure.id}`} className={`${styles.reviewFigure} card`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className={styles.reviewFigureValue}>
          {figure.words}
          {figure.normalised ? <span className={styles.reviewFigureNormalised}> ({figure.normalised})</span> : null}
        </h3>
        <dl className={styles.reviewFigureFacts}>
          <dt>Bounds</dt>
          <dd>{bounds(figure)}</dd>
          <dt>When</dt>
          <dd>
            {figure.period ?? 'Undated'}
            {figure.periodLabel ? <span className="meta"> (“{figure.periodLabel}”)</span> : null}
          </dd>
          <dt>Source</dt>
          <dd>
            <Link href={`/review/sources/${figure.source.id}`}>{figure.source.title}</Link>
          </dd>
          <dt>Quote</dt>
          <dd>
            <Link href={`/review/sources/${figure.source.id}#q-${figure.quote.id}`}>“{figure.quote.exact}”</Link>
          </dd>
          {figure.claim ? (
            <>
              <dt>Claim</dt>
              <dd>
                <Link href={`/review/claims/${figure.claim.id}`}>{figure.claim.text}</Link>
              </dd>
            </>
          ) : null}
          <dt>Rank</dt>
          <dd>
            <span className={`${styles.rank} ${RANK_CLASS[figure.rank]}`.trimEnd()}>{RANK_LABELS[figure.rank]}</span>
            {figure.rankReasonKind ? ` · ${RANK_REASON_LABELS[figure.rankReasonKind]}` : ''}
            {figure.rankReason ? <span className={styles.reviewFigureReason}>{figure.rankReason}</span> : null}
          </dd>
          {figure.derivation ? (
            <>
              <dt>Derived</dt>
              <dd>derived: {figure.derivation}</dd>
            </>
          ) : null}
          <dt>Status</dt>
          <dd>{figure.publishedAt ? `Published ${isoDay(figure.publishedAt)}` : 'Unpublished'}</dd>
        </dl>
        {figure.wordsProblem ? <p className={styles.reviewFigureWarning}>{figure.wordsProblem}</p> : null}
        <WaitingChanges changes={waiting} />
        {canWrite ? (
          <div className={styles.reviewFigureForms}>
            <details>
              <summary>{figure.publishedAt ? 'Propose a new rank' : 'Change the rank'}</summary>
              {figure.publishedAt ? <p className="meta">Its rank is public: a new one waits for an editor other than you to publish it.</p> : null}
              <FigureRankForm figure={{ id: figure.id, rank: figure.rank, rankReasonKind: figure.rankReasonKind, rankReason: figure.rankReason, updatedAt: figure.updatedAt.toISOString() }} />
            </details>
            {figure.publishedAt ? (
              <p className="meta">Published, so its value is locked: it changes only through a correction of its claim’s verdict.</p>
            ) : (
              <details>
                <summary>Edit the value</summary>
                <FigureEditForm
                  figure={{
                    id: figure.id,
                    quantityId,
                    updatedAt: figure.updatedAt.toISOString(),
                    values: {
                      qualifier: figure.qualifier,
                      value: decimal(figure.value),
                      low: decimal(figure.low),
                      high: decimal(figure.high),
                      unit: figure.unit,
                      periodLabel: figure.periodLabel ?? '',
                      periodStart: figure.periodStart ? isoDay(figure.periodStart) : '',
                      periodEnd: figure.periodEnd ? isoDay(figure.periodEnd) : '',
                      derivation: figure.derivation ?? '',
                    },
                  }}
                />
              </details>
            )}
          </div>
        ) : null}
      </article>
    </li>
  )
}
