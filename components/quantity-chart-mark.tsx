import type { PlottedFigure } from '@/lib/figures/present'
import styles from './quantity-chart-mark.module.css'

const ARROW = 40
const HEAD = 7

type Props = { figure: PlottedFigure; x: number; y: (value: number) => number; title: string }

/** An arrow from a bound: up for "at least" and "more than", down for "at most" and "fewer than". */
function Arrow({ x, from, direction, isOpen }: { x: number; from: number; direction: 1 | -1; isOpen: boolean }) {
  const tip = from - direction * ARROW
  return (
    <>
      <line x1={x} y1={from} x2={x} y2={tip + direction * HEAD} className={styles.quantityChartStem} />
      <polygon points={`${x},${tip} ${x - HEAD},${tip + direction * HEAD * 1.6} ${x + HEAD},${tip + direction * HEAD * 1.6}`} className={styles.quantityChartHead} />
      {/* A hollow circle when the bound itself is excluded ("more than 3,000"). */}
      <circle cx={x} cy={from} r={5.5} className={isOpen ? styles.quantityChartOpen : styles.quantityChartDot} />
    </>
  )
}

function Shape({ figure, x, y }: Omit<Props, 'title'>) {
  const { low, high, lowOpen, highOpen } = figure.interval
  const hasLow = Number.isFinite(low)
  const hasHigh = Number.isFinite(high)
  if (hasLow && hasHigh && low === high) return <circle cx={x} cy={y(low)} r={6} className={styles.quantityChartDot} />
  if (hasLow && hasHigh) {
    return (
      <>
        <line x1={x} y1={y(low)} x2={x} y2={y(high)} className={styles.quantityChartBar} />
        <line x1={x - 7} y1={y(low)} x2={x + 7} y2={y(low)} className={styles.quantityChartCap} />
        <line x1={x - 7} y1={y(high)} x2={x + 7} y2={y(high)} className={styles.quantityChartCap} />
      </>
    )
  }
  if (hasLow) return <Arrow x={x} from={y(low)} direction={1} isOpen={lowOpen} />
  if (hasHigh) return <Arrow x={x} from={y(high)} direction={-1} isOpen={highOpen} />
  return null
}

/** One figure on the chart, linked to the passage it comes from; its title says it in words. */
export function QuantityChartMark({ figure, x, y, title }: Props) {
  const { low, high } = figure.interval
  if (!Number.isFinite(low) && !Number.isFinite(high)) return null
  const ends = [low, high].filter(Number.isFinite).map(y)
  const extra = Number.isFinite(low) && Number.isFinite(high) ? 0 : ARROW
  const top = Math.min(...ends) - (Number.isFinite(high) ? 0 : extra) - 8
  const bottom = Math.max(...ends) + (Number.isFinite(low) ? 0 : extra) + 8
  const className = figure.rank === 'DEPRECATED' ? `${styles.quantityChartMark} ${styles.quantityChartMarkDeprecated}` : styles.quantityChartMark
  return (
    <a href={figure.href} className={className}>
      <title>{title}</title>
      {/* A wider target than the mark itself, for fingers. */}
      <rect x={x - 14} y={top} width={28} height={bottom - top} className={styles.quantityChartTarget} />
      <Shape figure={figure} x={x} y={y} />
    </a>
  )
}
