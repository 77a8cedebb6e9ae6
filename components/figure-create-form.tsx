'use client'

import { useActionState, useState, type FormEvent } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { createFigure } from '@/lib/actions/create-figure'
import type { ReaderQuantity } from '@/lib/data/workspace/sources'
import { figureDefaults } from '@/lib/figures/figure-defaults'
import type { ParsedFigure } from '@/lib/figures'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { NEW_QUANTITY } from '@/lib/validations/figure'
import { ClaimPicker } from './claim-picker'
import { FigureRelationPreview } from './figure-relation-preview'
import { FigureValueFields } from './figure-value-fields'
import { PassageFields, type PassageRange } from './passage-fields'
import { useFigureRelationPreview } from './use-figure-relation-preview'
import figureValueFields from './figure-value-fields.module.css'

type Props = {
  range: PassageRange
  passage: string
  publishedOn: Date | null
  /** The figure the importer parsed, when accepting its suggestion. */
  parsed?: ParsedFigure | null
  quantities: ReaderQuantity[]
}

/** A figure from the passage, pre-filled from what lib/figures reads in it, for a quantity. */
export function FigureCreateForm({ range, passage, publishedOn, parsed, quantities }: Props) {
  const [state, action] = useActionState(createFigure, INITIAL_FORM_STATE)
  const [defaults] = useState(() => ({ ...figureDefaults(passage, publishedOn, parsed), derivation: '' }))
  const [quantityId, setQuantityId] = useState('')
  const value = (name: keyof typeof defaults) => state.values?.[name] ?? defaults[name]
  const errors = (name: string) => state.fieldErrors?.[name]
  const chosenQuantity = state.values?.quantityId ?? quantityId
  const isNewQuantity = chosenQuantity === NEW_QUANTITY
  const preview = useFigureRelationPreview()
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLSelectElement
    if (target.name === 'quantityId') setQuantityId(target.value)
    preview.update(event.currentTarget)
  }
  const quantityOptions = [
    { value: '', label: 'Choose a quantity…' },
    ...quantities.map((q) => ({ value: q.id, label: `${q.name} (${q.unit})` })),
    { value: NEW_QUANTITY, label: 'New quantity…' },
  ]
  return (
    <form action={action} onChange={onChange} className="annotate-form">
      <FormAlert state={state} />
      <PassageFields range={range} state={state} />
      <FigureValueFields idPrefix="figure" value={value} errors={errors} />
      <Field as="select" name="quantityId" id="figure-quantity" label="Quantity measured" required options={quantityOptions} defaultValue={state.values?.quantityId ?? ''} errors={errors('quantityId')} />
      {isNewQuantity ? (
        <div className={figureValueFields.figureFields}>
          <Field name="quantityName" id="figure-quantity-name" label="New quantity’s name" required maxLength={240} hint="What is counted, e.g. “parents of separated children not located”." defaultValue={state.values?.quantityName ?? ''} errors={errors('quantityName')} />
          <Field name="quantityUnit" id="figure-quantity-unit" label="Unit to compare in" hint="Defaults to the figure’s unit." maxLength={100} defaultValue={state.values?.quantityUnit ?? ''} errors={errors('quantityUnit')} />
        </div>
      ) : null}
      {chosenQuantity && !isNewQuantity ? <FigureRelationPreview preview={preview} /> : null}
      <ClaimPicker label="The claim that states it" isOptional initialQuery={passage} defaultClaimId={state.values?.claimId} errors={errors('claimId')} />
      <p className="form__hint">The figure stays unpublished until a verdict revision that includes it (tick it under “Publish with this verdict”) is approved and published.</p>
      <div className="form__actions">
        <SubmitButton pending="Saving…">Save figure</SubmitButton>
      </div>
    </form>
  )
}
