'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { markCaptureSeen } from '@/lib/actions/mark-capture-seen'
import { INITIAL_FORM_STATE } from '@/lib/form-state'

/** Takes one change to a watched source off the queue. */
export function CaptureSeenForm({ captureId }: { captureId: string }) {
  const [state, action] = useActionState(markCaptureSeen, INITIAL_FORM_STATE)
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="captureId" value={captureId} />
      <SubmitButton pending="Saving…" quiet>
        Mark seen
      </SubmitButton>
    </form>
  )
}
