import { QuantityChartMark } from '@/components/quantity-chart-mark'
import { timeLabel, timeScale, valueScale } from '@/lib/figures/chart-scale'
import type { PlottedFigure } from '@/lib/figures/present'
import { formatNumber } from '@/lib/format'
import styles from './quantity-chart.module.css'

const WIDTH = 480
const MARGIN = { top: 14, right: 12, bottom: 48, left: 78 }
const UNDATED_BAND = 72
const SPREAD = 16


type Props = {
  /** Figures of one dimension only: they share the value axis. */
  figures: PlottedFigure[]
  /** Unique on the page; names the chart's title and description. */
  id: string
  title: string
  height?: number
}

/** Marks that fall at the same place are spread sideways, so each can be seen and followed. */
function spread(positions: Array<{ figure: PlottedFigure; x: number }>) {
  const seen = new Map<number, number>()
  return positions.map(({ figure, x }) => {
    const key = Math.round(x / SPREAD)
    const count = seen.get(key) ?? 0
    seen.set(key, count + 1)
    return { figure, x: x + (count % 2 === 0 ? 1 : -1) * Math.ceil(count / 2) * SPREAD }
  })
}

/**
 * Figures over time, drawn on the server: x is the middle of each figure's period (undated
 * figures in a band at the right), y the value in the dimension's base unit. Dots are exact
 * values, bars ranges, arrows open bounds. Every mark links to its passage.
 */
export function QuantityChart({ figures, id, title, height = 260 }: Props) {
  const dated = figures.filter((figure) => figure.midpoint !== null)
  const undated = figures.filter((figure) => figure.midpoint === null)
  const plotRight = WIDTH - MARGIN.right - (undated.length > 0 ? UNDATED_BAND : 0)
  const bottom = height - MARGIN.bottom
  const y = valueScale(figures.map((figure) => figure.interval), bottom, MARGIN.top)
  const x = timeScale(dated.map((figure) => figure.midpoint!), MARGIN.left + 16, plotRight - 16)
  const baseUnit = figures[0]?.dimension.baseUnit ?? ''
  const bandStep = UNDATED_BAND / (undated.length + 1)
  const marks = spread([
    ...dated.map((figure) => ({ figure, x: x(figure.midpoint!) })),
    ...undated.map((figure, i) => ({ figure, x: plotRight + bandStep * (i + 1) })),
  ])
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className={styles.quantityChart} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        {`Values in ${baseUnit} over time. A dot is an exact figure, a bar a range, an arrow a lower or upper bound. Each mark links to the passage it comes from.`}
      </desc>
      <g className={styles.grid} aria-hidden="true">
        {y.ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.35em" textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {dated.length > 0 ? (
          x.ticks.map((tick) => (
            <text key={tick} x={x(tick)} y={bottom + 18} textAnchor="middle">
              {timeLabel(tick, x.ticks)}
            </text>
          ))
        ) : (
          <text x={(MARGIN.left + plotRight) / 2} y={(MARGIN.top + bottom) / 2} textAnchor="middle">
            No figure here gives a date
          </text>
        )}
        {undated.length > 0 ? (
          <>
            <line x1={plotRight} x2={plotRight} y1={MARGIN.top} y2={bottom} className={styles.bandEdge} />
            <text x={plotRight + UNDATED_BAND / 2} y={bottom + 18} textAnchor="middle">
              Undated
            </text>
          </>
        ) : null}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={bottom} y2={bottom} className={styles.axis} />
        <text x={MARGIN.left} y={height - 6} className={styles.label}>
          Date (middle of the period)
        </text>
        <text transform={`translate(14 ${(MARGIN.top + bottom) / 2}) rotate(-90)`} textAnchor="middle" className={styles.label}>
          {baseUnit}
        </text>
      </g>
      {marks.map(({ figure, x: markX }) => (
        <QuantityChartMark
          key={figure.id}
          figure={figure}
          x={markX}
          y={y}
          title={`${figure.words}, ${figure.periodLabel ?? 'undated'}, ${figure.sourceName}${figure.rank === 'DEPRECATED' ? ' (deprecated)' : ''}`}
        />
      ))}
    </svg>
  )
}
