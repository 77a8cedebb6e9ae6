import { QuantityChart } from '@/components/quantity-chart'
import { unitDimension } from '@/lib/figures/compare'
import type { PlottedFigure } from '@/lib/figures/present'
import styles from './quantity-charts.module.css'

type Props = { figures: PlottedFigure[]; name: string; unit: string }

/**
 * One chart per dimension: figures counted another way than the quantity (children rather than
 * parents) get a small chart of their own, never the same value axis.
 */
export function QuantityCharts({ figures, name, unit }: Props) {
  const mainKey = unitDimension(unit).key
  const groups = new Map<string, PlottedFigure[]>()
  for (const figure of figures) groups.set(figure.dimension.key, [...(groups.get(figure.dimension.key) ?? []), figure])
  const ordered = [...groups.entries()].sort(([a], [b]) => Number(b === mainKey) - Number(a === mainKey))
  return (
    <section aria-labelledby="chart-heading">
      <h2 id="chart-heading">Over time</h2>
      {ordered.map(([key, group], i) => {
        const baseUnit = group[0]?.dimension.baseUnit ?? unit
        const isMain = key === mainKey || (i === 0 && !groups.has(mainKey))
        const id = `chart-${i}`
        const title = isMain ? `${name}, in ${baseUnit}, over time` : `Figures counted in ${baseUnit}, over time`
        return (
          <figure key={key} className={isMain ? `${styles.quantityChartFigure} card` : `${styles.quantityChartFigure} card ${styles.quantityChartFigureSmall}`}>
            <figcaption>
              {isMain ? (
                `In ${baseUnit}`
              ) : (
                <>
                  In {baseUnit}: <strong>not comparable</strong> with figures in {unitDimension(unit).baseUnit}, so drawn apart
                </>
              )}
            </figcaption>
            <QuantityChart figures={group} id={id} title={title} height={isMain ? 260 : 190} />
          </figure>
        )
      })}
    </section>
  )
}
