import type { CurrentUser } from '@/lib/auth/session'
import { publishRefusal, resolveRefusal } from '@/lib/figures/conflict-rules'
import { KIND_LABELS } from '@/lib/figures/relation-words'
import { RELATION_LIST_CAP } from '@/lib/data/public/quantity-relations'
import type { WorkspaceFigure, WorkspaceRelation } from '@/lib/data/workspace/quantities'
import type { RelationKind } from '@/lib/figures/compare'
import { formatMoment, formatNumber } from '@/lib/format'
import { RESOLUTION_WORDS } from '@/lib/labels/conflict'
import { RANK_LABELS, RANK_REASON_LABELS } from '@/lib/labels/figure'
import { ConflictPublishForm } from './conflict-publish-form'
import { ConflictResolveForm } from './conflict-resolve-form'
import styles from './review-relation-list.module.css'

const KIND_CLASS: Record<RelationKind, string | undefined> = { CONFLICT: styles.relationConflict, UPDATE: styles.relationUpdate, CONSISTENT: '', INCOMPARABLE: '' }
const KIND_LABEL_CLASS: Record<RelationKind, string | undefined> = { CONFLICT: styles.relationKindConflict, UPDATE: styles.relationKindUpdate, CONSISTENT: '', INCOMPARABLE: '' }

const short = (figure: WorkspaceFigure) => `${figure.words} (${figure.source.name})`

/** What a ranking writes to the figures when it is published: "at least 545 (NYT): Normal → Preferred". */
function RankChanges({ relation }: { relation: WorkspaceRelation }) {
  if (relation.resolution !== 'RANKED' || !relation.rankA || !relation.rankB) return null
  const sides = [
    { figure: relation.a, rank: relation.rankA, reason: relation.rankReasonKindA },
    { figure: relation.b, rank: relation.rankB, reason: relation.rankReasonKindB },
  ]
  return (
    <>
      <p className="meta">{relation.resolutionPublishedAt ? 'It ranked the figures:' : 'Publishing it ranks the figures, with the note as their reason:'}</p>
      <ul>
        {sides.map(({ figure, rank, reason }) => (
          <li key={figure.id}>
            {short(figure)}: {relation.resolutionPublishedAt ? '' : `${RANK_LABELS[figure.rank]} → `}
            <strong>{RANK_LABELS[rank]}</strong>
            {reason ? ` (${RANK_REASON_LABELS[reason]})` : ''}
          </li>
        ))}
      </ul>
    </>
  )
}

function Resolution({ relation, user }: { relation: WorkspaceRelation; user: CurrentUser }) {
  if (relation.kind !== 'CONFLICT') return null
  if (!relation.resolution || !relation.resolvedAt) {
    const refusal = resolveRefusal(relation, user)
    if (refusal) return <p className="meta">Open. {refusal}</p>
    return (
      <details className={styles.relationResolve} open>
        <summary>Resolve this conflict</summary>
        <ConflictResolveForm
          relationId={relation.id}
          updatedAt={relation.updatedAt.toISOString()}
          figureA={{ label: short(relation.a), rank: relation.a.rank }}
          figureB={{ label: short(relation.b), rank: relation.b.rank }}
        />
      </details>
    )
  }
  const refusal = publishRefusal(relation, user)
  return (
    <div className={styles.relationResolution}>
      <p>
        <strong>{RESOLUTION_WORDS[relation.resolution]}.</strong> Resolved by {relation.resolvedBy?.name ?? 'someone'} on {formatMoment(relation.resolvedAt)}.
      </p>
      <blockquote className={styles.relationNote}>
        <p>{relation.resolutionNote}</p>
      </blockquote>
      <RankChanges relation={relation} />
      {relation.resolutionPublishedAt ? (
        <p className="meta">
          Published by {relation.resolutionPublishedBy?.name ?? 'an editor'} on {formatMoment(relation.resolutionPublishedAt)}.
        </p>
      ) : refusal ? (
        <p className="meta">Not published yet. {refusal}</p>
      ) : (
        <ConflictPublishForm relationId={relation.id} updatedAt={relation.updatedAt.toISOString()} />
      )}
    </div>
  )
}

/** "Not listed: Conflict 1,200, Update 300": what the bounded list leaves out, kind by kind. */
function Unlisted({ relations, counts }: { relations: WorkspaceRelation[]; counts: Record<RelationKind, number> }) {
  const hidden = (Object.keys(counts) as RelationKind[])
    .map((kind) => ({ kind, n: counts[kind] - relations.filter((relation) => relation.kind === kind).length }))
    .filter(({ n }) => n > 0)
  if (hidden.length === 0) return null
  const words = hidden.map(({ kind, n }) => `${KIND_LABELS[kind]} ${formatNumber(n)}`).join(', ')
  return <p className="meta">Not listed: {words}. Each kind lists at most {RELATION_LIST_CAP}; open conflicts and neighbouring figures first.</p>
}

/** The detected relations between a quantity's figures, conflicts first, each said in words; a bounded list for a large quantity. */
export function ReviewRelationList({ relations, counts, user }: { relations: WorkspaceRelation[]; counts: Record<RelationKind, number>; user: CurrentUser }) {
  if (relations.length === 0) return <p className="empty">No relations: the quantity has fewer than two figures, or they have not been compared yet.</p>
  return (
    <>
    <ul className={styles.relationList}>
      {relations.map((relation) => (
        <li key={relation.id} id={`relation-${relation.id}`} className={`${styles.relation} ${KIND_CLASS[relation.kind]}`.trimEnd()} data-kind={relation.kind}>
          <p>
            <span className={`${styles.relationKind} ${KIND_LABEL_CLASS[relation.kind]}`.trimEnd()}>{KIND_LABELS[relation.kind]}</span> {relation.sentence}
          </p>
          <Resolution relation={relation} user={user} />
        </li>
      ))}
    </ul>
    <Unlisted relations={relations} counts={counts} />
    </>
  )
}
