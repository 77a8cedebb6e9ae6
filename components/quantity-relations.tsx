import { describeRelation, type DescribedFigure } from '@/lib/figures/compare'
import type { QuantityPageRelation } from '@/lib/data/quantities'
import { formatDay, isoDay } from '@/lib/format'

const RESOLUTION_WORDS = {
  RANKED: 'Settled by ranking the figures',
  SCOPES_DIFFER: 'The figures measure different things or scopes, so they do not contradict each other',
  CONFIRMED_DISAGREEMENT: 'Checked: the sources really do disagree',
} as const

const GROUPS = [
  { kind: 'CONFLICT', heading: 'Where sources disagree' },
  { kind: 'UPDATE', heading: 'Changes over time' },
  { kind: 'CONSISTENT', heading: 'Figures that agree' },
  { kind: 'INCOMPARABLE', heading: 'Figures not compared' },
] as const

type Props = { relations: QuantityPageRelation[]; figures: Map<string, DescribedFigure>; unit: string }

function Resolution({ resolution }: { resolution: NonNullable<QuantityPageRelation['resolution']> }) {
  return (
    <div className="quantity-relation__resolution">
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

function RelationItem({ relation, figures, unit }: Omit<Props, 'relations'> & { relation: QuantityPageRelation }) {
  // An update reads from the earlier figure to the later one.
  const [aId, bId] = relation.earlierId === relation.figureBId ? [relation.figureBId, relation.figureAId] : [relation.figureAId, relation.figureBId]
  const [a, b] = [figures.get(aId), figures.get(bId)]
  if (!a || !b) return null
  const sentence = describeRelation(relation, a, b, unit)
  const isConflict = relation.kind === 'CONFLICT'
  const isExplained = relation.resolution?.kind === 'SCOPES_DIFFER'
  return (
    <li className={isConflict && !isExplained ? 'quantity-relation quantity-relation--conflict' : 'quantity-relation'}>
      <p>
        {isConflict ? <strong>{isExplained ? 'Apparent disagreement, explained: ' : 'Sources disagree: '}</strong> : null}
        {sentence}
      </p>
      {relation.resolution ? <Resolution resolution={relation.resolution} /> : null}
    </li>
  )
}

/** How the figures relate, pair by pair: disagreements first, then changes over time, then agreement. */
export function QuantityRelations({ relations, figures, unit }: Props) {
  if (relations.length === 0) return null
  return (
    <section aria-labelledby="relations-heading">
      <h2 id="relations-heading">How the figures compare</h2>
      {GROUPS.map(({ kind, heading }) => {
        const group = relations.filter((relation) => relation.kind === kind)
        if (group.length === 0) return null
        return (
          <section key={kind} aria-label={heading} className="quantity-relations__group">
            <h3>{heading}</h3>
            <ul className="quantity-relations">
              {group.map((relation) => (
                <RelationItem key={relation.id} relation={relation} figures={figures} unit={unit} />
              ))}
            </ul>
          </section>
        )
      })}
    </section>
  )
}
