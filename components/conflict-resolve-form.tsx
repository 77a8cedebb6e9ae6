'use client'

import { useActionState, useState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { resolveConflict } from '@/lib/actions/resolve-conflict'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { ConflictResolution } from '@/lib/generated/prisma/enums'
import { RESOLUTION_LABELS } from '@/lib/labels/conflict'
import { RANK_OPTIONS, REASON_OPTIONS } from './figure-rank-form'
import styles from './conflict-resolve-form.module.css'
import figureValueFields from './figure-value-fields.module.css'

type Side = { label: string; rank: string }
type Props = { relationId: string; updatedAt: string; figureA: Side; figureB: Side }

const HINTS: Record<ConflictResolution, string> = {
  RANKED: 'One figure is preferred or deprecated over the other.',
  SCOPES_DIFFER: 'They measure slightly different things, so both stand.',
  CONFIRMED_DISAGREEMENT: 'The sources really disagree; readers see both.',
}

/** Settles one conflict: rank the figures, say the scopes differ, or confirm the disagreement. */
export function ConflictResolveForm({ relationId, updatedAt, figureA, figureB }: Props) {
  const [state, action] = useActionState(resolveConflict, INITIAL_FORM_STATE)
  const [resolution, setResolution] = useState(state.values?.resolution ?? '')
  const id = (name: string) => `resolve-${relationId}-${name}`
  const errors = (name: string) => state.fieldErrors?.[name]
  return (
    <form action={action} className={styles.resolveForm} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="relationId" value={relationId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <fieldset className={styles.resolveFormChoices} aria-describedby={id('resolution-error')}>
        <legend>How is it settled?</legend>
        {Object.values(ConflictResolution).map((choice) => (
          <label key={choice} className={styles.resolveFormChoice}>
            <input type="radio" name="resolution" value={choice} checked={resolution === choice} onChange={() => setResolution(choice)} />{' '}
            <span>
              {RESOLUTION_LABELS[choice]} <span className="meta">{HINTS[choice]}</span>
            </span>
          </label>
        ))}
        <p id={id('resolution-error')} className="form__field-error" aria-live="polite">
          {errors('resolution')?.[0]}
        </p>
      </fieldset>
      {resolution === 'RANKED' ? (
        <div className={figureValueFields.figureFields}>
          {([['A', figureA], ['B', figureB]] as const).map(([side, figure]) => (
            <div key={side} className={styles.resolveFormSide}>
              <Field as="select" name={`rank${side}`} id={id(`rank-${side}`)} label={`Rank of ${figure.label}`} required options={RANK_OPTIONS} defaultValue={state.values?.[`rank${side}`] ?? figure.rank} errors={errors(`rank${side}`)} />
              <Field as="select" name={`reason${side}`} id={id(`reason-${side}`)} label={`Reason for ${figure.label}`} hint="Required to deprecate it." options={REASON_OPTIONS} defaultValue={state.values?.[`reason${side}`] ?? ''} errors={errors(`reason${side}`)} />
            </div>
          ))}
        </div>
      ) : null}
      <Field as="textarea" name="note" id={id('note')} label="Note" required rows={3} maxLength={2000} hint="Why, in a few words; readers see it once an editor publishes the resolution." defaultValue={state.values?.note ?? ''} errors={errors('note')} />
      <div className="form__actions">
        <SubmitButton pending="Resolving…">Resolve conflict</SubmitButton>
      </div>
    </form>
  )
}
