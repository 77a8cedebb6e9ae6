'use client'

import { useActionState, useState, type FormEvent } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { createFigure } from '@/lib/actions/create-figure'
import type { ReaderQuantity } from '@/lib/data/workspace-sources'
import { figureDefaults } from '@/lib/figure-defaults'
import type { ParsedFigure } from '@/lib/figures'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { FigureQualifier } from '@/lib/generated/prisma/enums'
import { NEW_QUANTITY, QUALIFIER_LABELS } from '@/lib/validations/figure'
import { ClaimPicker } from './claim-picker'
import { PassageFields, type PassageRange } from './passage-fields'

type Props = {
  range: PassageRange
  passage: string
  publishedOn: Date | null
  /** The figure the importer parsed, when accepting its suggestion. */
  parsed?: ParsedFigure | null
  quantities: ReaderQuantity[]
}

const QUALIFIERS = Object.values(FigureQualifier).map((value) => ({ value, label: QUALIFIER_LABELS[value] }))

/** A figure from the passage, pre-filled from what lib/figures reads in it, for a quantity. */
export function FigureCreateForm({ range, passage, publishedOn, parsed, quantities }: Props) {
  const [state, action] = useActionState(createFigure, INITIAL_FORM_STATE)
  const [defaults] = useState(() => figureDefaults(passage, publishedOn, parsed))
  const [quantityId, setQuantityId] = useState('')
  const value = (name: keyof typeof defaults) => state.values?.[name] ?? defaults[name]
  const errors = (name: string) => state.fieldErrors?.[name]
  const isNewQuantity = (state.values?.quantityId ?? quantityId) === NEW_QUANTITY
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLSelectElement
    if (target.name === 'quantityId') setQuantityId(target.value)
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
      <div className="figure-fields">
        <Field as="select" name="qualifier" id="figure-qualifier" label="Stated as" required options={QUALIFIERS} defaultValue={value('qualifier')} errors={errors('qualifier')} />
        <Field name="value" id="figure-value" label="Value" required hint="As written; a range’s midpoint" maxLength={40} defaultValue={value('value')} errors={errors('value')} />
        <Field name="low" id="figure-low" label="Low bound" hint="Empty when open" maxLength={40} defaultValue={value('low')} errors={errors('low')} />
        <Field name="high" id="figure-high" label="High bound" hint="Empty when open" maxLength={40} defaultValue={value('high')} errors={errors('high')} />
        <Field name="unit" id="figure-unit" label="Unit" required maxLength={100} defaultValue={value('unit')} errors={errors('unit')} />
        <Field name="periodLabel" id="figure-period-label" label="Period as written" maxLength={160} defaultValue={value('periodLabel')} errors={errors('periodLabel')} />
        <Field name="periodStart" id="figure-period-start" type="date" label="Period from" defaultValue={value('periodStart')} errors={errors('periodStart')} />
        <Field name="periodEnd" id="figure-period-end" type="date" label="Period to" defaultValue={value('periodEnd')} errors={errors('periodEnd')} />
      </div>
      <Field as="select" name="quantityId" id="figure-quantity" label="Quantity measured" required options={quantityOptions} defaultValue={state.values?.quantityId ?? ''} errors={errors('quantityId')} />
      {isNewQuantity ? (
        <div className="figure-fields">
          <Field name="quantityName" id="figure-quantity-name" label="New quantity’s name" required maxLength={240} hint="What is counted, e.g. “parents of separated children not located”." defaultValue={state.values?.quantityName ?? ''} errors={errors('quantityName')} />
          <Field name="quantityUnit" id="figure-quantity-unit" label="Unit to compare in" hint="Defaults to the figure’s unit." maxLength={100} defaultValue={state.values?.quantityUnit ?? ''} errors={errors('quantityUnit')} />
        </div>
      ) : null}
      <ClaimPicker label="The claim that states it" isOptional initialQuery={passage} defaultClaimId={state.values?.claimId} errors={errors('claimId')} />
      <p className="form__hint">The figure stays unpublished until a verdict that uses it is published.</p>
      <div className="form__actions">
        <SubmitButton pending="Saving…">Save figure</SubmitButton>
      </div>
    </form>
  )
}
