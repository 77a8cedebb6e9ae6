'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { decideCheckRequest } from '@/lib/actions/decide-check-request'
import { INITIAL_FORM_STATE } from '@/lib/form-state'

/** Take up or decline one reader's request, with an optional note for the team. */
export function CheckRequestDecisionForm({ requestId }: { requestId: string }) {
  const [state, action] = useActionState(decideCheckRequest, INITIAL_FORM_STATE)
  return (
    <form action={action}>
      <FormAlert state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <Field id={`note-${requestId}`} name="decisionNote" label="Note for the team" defaultValue={state.values?.decisionNote ?? ''} maxLength={1200} errors={state.fieldErrors?.decisionNote} />
      <div className="form__actions">
        <SubmitButton pending="Saving…" name="status" value="TAKEN_UP">
          Take up
        </SubmitButton>
        <SubmitButton pending="Saving…" name="status" value="DECLINED" quiet>
          Decline
        </SubmitButton>
      </div>
    </form>
  )
}
