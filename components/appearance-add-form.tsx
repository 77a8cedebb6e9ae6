'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { addAppearance } from '@/lib/actions/add-appearance'
import type { SimilarClaim } from '@/lib/data/workspace/claims'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { ClaimPicker } from './claim-picker'
import { PassageFields, type PassageRange } from './passage-fields'
import { StanceField } from './stance-field'

/** Attaches the passage to a claim found by its words, with the source's stance. */
export function AppearanceAddForm({ range, passage, chosen }: { range: PassageRange; passage: string; chosen?: SimilarClaim }) {
  const [state, action] = useActionState(addAppearance, INITIAL_FORM_STATE)
  return (
    <form action={action}>
      <FormAlert state={state} />
      <PassageFields range={range} state={state} />
      <ClaimPicker label="The claim" initialQuery={chosen?.text ?? passage} chosen={chosen} defaultClaimId={state.values?.claimId} errors={state.fieldErrors?.claimId} />
      <StanceField id="appearance-stance" defaultValue={state.values?.stance} errors={state.fieldErrors?.stance} />
      <div className="form__actions">
        <SubmitButton pending="Attaching…">Attach passage</SubmitButton>
      </div>
    </form>
  )
}
