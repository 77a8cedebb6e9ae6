'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { updateClaim } from '@/lib/actions/update-claim'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { CLAIM_TEXT_MAX, CLAIMANT_MAX } from '@/lib/validations/claim'

type Props = { claim: { id: string; text: string; claimant: string | null; lockVersion: number } }

/**
 * Edits the claim's words. The version it was opened at goes with the save; when someone saved in
 * between, the save is refused, the typed text stays, and a link opens the latest version.
 */
export function ClaimEditForm({ claim }: Props) {
  const [state, action] = useActionState(updateClaim, INITIAL_FORM_STATE)
  return (
    <form action={action}>
      <FormAlert state={state} />
      {state.status === 'conflict' ? (
        <p>
          {/* A full load, so the form starts again from the saved version. */}
          <a href={`/review/claims/${claim.id}`}>Open the latest version of this claim</a>
        </p>
      ) : null}
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="lockVersion" value={claim.lockVersion} />
      <Field
        as="textarea"
        name="text"
        label="Claim"
        required
        rows={3}
        maxLength={CLAIM_TEXT_MAX + 100}
        hint="The public address follows the words until the claim is published."
        defaultValue={state.values?.text ?? claim.text}
        errors={state.fieldErrors?.text}
      />
      <Field name="claimant" label="Claimant" maxLength={CLAIMANT_MAX + 50} defaultValue={state.values?.claimant ?? claim.claimant ?? ''} errors={state.fieldErrors?.claimant} />
      <div className="form__actions">
        <SubmitButton pending="Saving…">Save claim</SubmitButton>
      </div>
    </form>
  )
}
