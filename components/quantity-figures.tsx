import Link from 'next/link'
import { figureInterval, formatInterval, type Interval } from '@/lib/figures/compare'
import type { QuantityPageFigure } from '@/lib/data/public/quantities'
import type { PlottedFigure } from '@/lib/figures/present'
import { RANK_LABELS } from '@/lib/labels/figure'
import { formatNumber } from '@/lib/format'

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
    <tr id={`figure-${row.id}`} className={row.rank === 'DEPRECATED' ? 'quantity-figures__deprecated' : undefined}>
      <td>
        <strong>{plotted.words}</strong>
        {isConverted ? <span className="meta"> (= {formatInterval(plotted.interval, plotted.dimension.baseUnit)})</span> : null}
        <span className="meta quantity-figures__bounds">{boundsWords(figureInterval(plotted))}</span>
        {row.derivation ? <span className="figure-derivation">derived: {row.derivation}</span> : null}
      </td>
      <td>
        {plotted.periodLabel ?? 'Undated'}
        {row.periodLabel && row.periodLabel !== plotted.periodLabel ? <span className="meta quantity-figures__said">Source says: “{row.periodLabel}”</span> : null}
      </td>
      <td>
        <blockquote className="quantity-figures__quote" cite={href}>
          {/* A full page load, so the browser scrolls to the passage and :target highlights it. */}
          <a href={href}>“{row.quote.exact}”</a>
        </blockquote>
        <span className="meta">
          {source.title}
          {source.publisher ? `, ${source.publisher}` : ''}
        </span>
        {row.claimSlug ? (
          <span className="quantity-figures__claim">
            <Link href={`/claims/${row.claimSlug}`}>The claim and its verdict</Link>
          </span>
        ) : null}
      </td>
      <td>
        <span className={`quantity-rank quantity-rank--${row.rank.toLowerCase()}`}>{RANK_LABELS[row.rank]}</span>
        {reason ? <span className="meta">: {reason}</span> : null}
        {row.rankReason ? <p className="quantity-figures__reason">{row.rankReason}</p> : null}
      </td>
    </tr>
  )
}

/** Every figure side by side: value, period, the quote it comes from, rank and why. */
export function QuantityFigures({ items }: { items: QuantityFigureItem[] }) {
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">Every figure</h2>
      <table className="figures quantity-figures">
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
