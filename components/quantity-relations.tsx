import { describeRelation, type DescribedFigure, type RelationKind } from '@/lib/figures/compare'
import type { QuantityPageRelation } from '@/lib/data/public/quantities'
import { formatDay, formatNumber, isoDay } from '@/lib/format'
import { RESOLUTION_WORDS } from '@/lib/labels/conflict'
import styles from './quantity-relations.module.css'

const GROUPS = [
  { kind: 'CONFLICT', heading: 'Where sources disagree', more: 'disagreements', which: 'unresolved first' },
  { kind: 'UPDATE', heading: 'Changes over time', more: 'changes over time', which: 'figures next to each other in time first' },
  { kind: 'CONSISTENT', heading: 'Figures that agree', more: 'pairs that agree', which: 'oldest first' },
  { kind: 'INCOMPARABLE', heading: 'Figures not compared', more: 'pairs not compared', which: 'oldest first' },
] as const

type Props = { relations: QuantityPageRelation[]; counts: Record<RelationKind, number>; figures: Map<string, DescribedFigure>; unit: string }

function Resolution({ resolution }: { resolution: NonNullable<QuantityPageRelation['resolution']> }) {
  return (
    <div className={`${styles.quantityRelationResolution} card`}>
      <p>
        <strong>{RESOLUTION_WORDS[resolution.kind]}.</strong>
        {resolution.resolvedAt ? (
          <span className="meta">
            {' '}
            Reviewed <time dateTime={isoDay(resolution.resolvedAt)}>{formatDay(resolution.resolvedAt)}</time>.
          </span>
        ) : null}
      </p>
      {resolution.note ? <p>{resolution.note}</p> : null}
    </div>
  )
}

function RelationItem({ relation, figures, unit }: Omit<Props, 'relations' | 'counts'> & { relation: QuantityPageRelation }) {
  // An update reads from the earlier figure to the later one.
  const [aId, bId] = relation.earlierId === relation.figureBId ? [relation.figureBId, relation.figureAId] : [relation.figureAId, relation.figureBId]
  const [a, b] = [figures.get(aId), figures.get(bId)]
  if (!a || !b) return null
  const sentence = describeRelation(relation, a, b, unit)
  const isConflict = relation.kind === 'CONFLICT'
  const isExplained = relation.resolution?.kind === 'SCOPES_DIFFER'
  return (
    <li className={isConflict && !isExplained ? `${styles.quantityRelation} ${styles.quantityRelationConflict}` : styles.quantityRelation}>
      <p>
        {isConflict ? <strong>{isExplained ? 'Apparent disagreement, explained: ' : 'Sources disagree: '}</strong> : null}
        {sentence}
      </p>
      {relation.resolution ? <Resolution resolution={relation.resolution} /> : null}
    </li>
  )
}

/**
 * How the figures relate, pair by pair: disagreements first, then changes over time, then
 * agreement. A large quantity's pairs are a bounded selection (lib/data/public/quantity-relations.ts);
 * each group says how many more there are.
 */
export function QuantityRelations({ relations, counts, figures, unit }: Props) {
  if (relations.length === 0) return null
  return (
    <section aria-labelledby="relations-heading">
      <h2 id="relations-heading">How the figures compare</h2>
      {GROUPS.map(({ kind, heading, more, which }) => {
        const group = relations.filter((relation) => relation.kind === kind)
        if (group.length === 0) return null
        const hidden = counts[kind] - group.length
        return (
          <section key={kind} aria-label={heading} className={styles.group}>
            <h3>{heading}</h3>
            <ul className={styles.quantityRelations}>
              {group.map((relation) => (
                <RelationItem key={relation.id} relation={relation} figures={figures} unit={unit} />
              ))}
            </ul>
            {hidden > 0 ? (
              <p className="meta">
                And {formatNumber(hidden)} more {more} of {formatNumber(counts[kind])}, not listed ({group.length} shown, {which}).
              </p>
            ) : null}
          </section>
        )
      })}
    </section>
  )
}
