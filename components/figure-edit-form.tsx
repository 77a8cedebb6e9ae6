'use client'

import { useActionState, type FormEvent } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { updateFigure } from '@/lib/actions/update-figure'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { FigureRelationPreview } from './figure-relation-preview'
import { FigureValueFields, type FigureValueDefaults } from './figure-value-fields'
import { useFigureRelationPreview } from './use-figure-relation-preview'

type Props = { figure: { id: string; quantityId: string; updatedAt: string; values: FigureValueDefaults } }

/** Corrects an unpublished figure; its relations are computed again when it is saved. */
export function FigureEditForm({ figure }: Props) {
  const [state, action] = useActionState(updateFigure, INITIAL_FORM_STATE)
  const preview = useFigureRelationPreview(figure.id)
  const value = (name: keyof FigureValueDefaults) => state.values?.[name] ?? figure.values[name]
  return (
    <form action={action} onChange={(event: FormEvent<HTMLFormElement>) => preview.update(event.currentTarget)} noValidate>
      <FormAlert state={state} />
      {state.status === 'conflict' ? (
        <p>
          <a href={`/review/quantities/${figure.quantityId}#figure-${figure.id}`} target="_blank" rel="noopener">
            Open the latest version in a new tab
          </a>
        </p>
      ) : null}
      <input type="hidden" name="id" value={figure.id} />
      <input type="hidden" name="updatedAt" value={figure.updatedAt} />
      <input type="hidden" name="quantityId" value={figure.quantityId} />
      <FigureValueFields idPrefix={`edit-${figure.id}`} value={value} errors={(name) => state.fieldErrors?.[name]} />
      {preview.status !== 'idle' ? <FigureRelationPreview preview={preview} /> : null}
      <div className="form__actions">
        <SubmitButton pending="Saving…">Save figure</SubmitButton>
      </div>
    </form>
  )
}
