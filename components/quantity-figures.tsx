import Link from 'next/link'
import { figureInterval, formatInterval, type Interval } from '@/lib/figures/compare'
import type { QuantityPageFigure } from '@/lib/data/public/quantities'
import type { PlottedFigure } from '@/lib/figures/present'
import { RANK_LABELS } from '@/lib/labels/figure'
import { formatNumber } from '@/lib/format'
import styles from './quantity-figures.module.css'
import figureList from './figure-list.module.css'

const RANK_CLASS = { PREFERRED: styles.quantityRankPreferred, NORMAL: '', DEPRECATED: styles.quantityRankDeprecated } as const

export type QuantityFigureItem = { row: QuantityPageFigure; plotted: PlottedFigure }


const REASON_LABELS = {
  MOST_RECENT: 'most recent value',
  BEST_SOURCE: 'best source',
  SUPERSEDED: 'replaced by a later figure',
  DIFFERENT_SCOPE: 'measures a different scope',
  ERROR_IN_SOURCE: 'error in the source',
  OTHER: null,
} as const


/** "lower bound 545, included; no upper bound": the ends of the interval, in the figure's own unit. */
function boundsWords({ low, high, lowOpen, highOpen }: Interval): string {
  if (low === high) return 'an exact value'
  const lowWords = Number.isFinite(low) ? `lower bound ${formatNumber(low)}, ${lowOpen ? 'excluded' : 'included'}` : 'no lower bound'
  const highWords = Number.isFinite(high) ? `upper bound ${formatNumber(high)}, ${highOpen ? 'excluded' : 'included'}` : 'no upper bound'
  return `${lowWords}; ${highWords}`
}

function FigureRow({ row, plotted }: QuantityFigureItem) {
  const { source } = row.quote.snapshot
  const href = `/sources/${source.id}#q-${row.quote.id}`
  const reason = row.rankReasonKind ? REASON_LABELS[row.rankReasonKind] : null
  const isConverted = plotted.dimension.factor !== 1
  return (
    <tr id={`figure-${row.id}`} className={row.rank === 'DEPRECATED' ? styles.deprecated : undefined}>
      <td>
        <strong>{plotted.words}</strong>
        {isConverted ? <span className="meta"> (= {formatInterval(plotted.interval, plotted.dimension.baseUnit)})</span> : null}
        <span className={`meta ${styles.bounds}`}>{boundsWords(figureInterval(plotted))}</span>
        {row.derivation ? <span className={figureList.figureDerivation}>derived: {row.derivation}</span> : null}
      </td>
      <td>
        {plotted.periodLabel ?? 'Undated'}
        {row.periodLabel && row.periodLabel !== plotted.periodLabel ? <span className={`meta ${styles.said}`}>Source says: “{row.periodLabel}”</span> : null}
      </td>
      <td>
        <blockquote className={styles.quote} cite={href}>
          {/* A full page load, so the browser scrolls to the passage and :target highlights it. */}
          <a href={href}>“{row.quote.exact}”</a>
        </blockquote>
        <span className="meta">
          {source.title}
          {source.publisher ? `, ${source.publisher}` : ''}
        </span>
        {row.claimSlug ? (
          <span className={styles.claim}>
            <Link href={`/claims/${row.claimSlug}`}>The claim and its verdict</Link>
          </span>
        ) : null}
      </td>
      <td>
        <span className={`${styles.quantityRank} ${RANK_CLASS[row.rank]}`.trimEnd()}>{RANK_LABELS[row.rank]}</span>
        {reason ? <span className="meta">: {reason}</span> : null}
        {row.rankReason ? <p className={styles.reason}>{row.rankReason}</p> : null}
      </td>
    </tr>
  )
}

/** Every figure side by side: value, period, the quote it comes from, rank and why. */
export function QuantityFigures({ items }: { items: QuantityFigureItem[] }) {
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">Every figure</h2>
      <table className={`${figureList.figures} ${styles.quantityFigures}`}>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">When</th>
            <th scope="col">Source and exact words</th>
            <th scope="col">Rank</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <FigureRow key={item.row.id} {...item} />
          ))}
        </tbody>
      </table>
    </section>
  )
}
