import type { CurrentUser } from '@/lib/auth'
import { publishRefusal, resolveRefusal } from '@/lib/conflicts/rules'
import { KIND_LABELS } from '@/lib/conflicts/words'
import type { WorkspaceFigure, WorkspaceRelation } from '@/lib/data/workspace-quantities'
import { formatMoment } from '@/lib/format'
import { RESOLUTION_WORDS } from '@/lib/validations/conflict'
import { ConflictPublishForm } from './conflict-publish-form'
import { ConflictResolveForm } from './conflict-resolve-form'

const short = (figure: WorkspaceFigure) => `${figure.words} (${figure.source.name})`

function Resolution({ relation, user }: { relation: WorkspaceRelation; user: CurrentUser }) {
  if (relation.kind !== 'CONFLICT') return null
  if (!relation.resolution || !relation.resolvedAt) {
    const refusal = resolveRefusal(relation, user)
    if (refusal) return <p className="meta">Open. {refusal}</p>
    return (
      <details className="relation__resolve" open>
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
    <div className="relation__resolution">
      <p>
        <strong>{RESOLUTION_WORDS[relation.resolution]}.</strong> Resolved by {relation.resolvedBy?.name ?? 'someone'} on {formatMoment(relation.resolvedAt)}.
      </p>
      <blockquote className="relation__note">
        <p>{relation.resolutionNote}</p>
      </blockquote>
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

/** The detected relations between a quantity's figures, conflicts first, each said in words. */
export function ReviewRelationList({ relations, user }: { relations: WorkspaceRelation[]; user: CurrentUser }) {
  if (relations.length === 0) return <p className="empty">No relations: the quantity has fewer than two figures, or they have not been compared yet.</p>
  return (
    <ul className="relation-list">
      {relations.map((relation) => (
        <li key={relation.id} id={`relation-${relation.id}`} className={`relation relation--${relation.kind.toLowerCase()}`}>
          <p>
            <span className={`relation__kind relation__kind--${relation.kind.toLowerCase()}`}>{KIND_LABELS[relation.kind]}</span> {relation.sentence}
          </p>
          <Resolution relation={relation} user={user} />
        </li>
      ))}
    </ul>
  )
}
