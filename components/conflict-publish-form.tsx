'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { publishConflictResolution } from '@/lib/actions/publish-conflict-resolution'
import { INITIAL_FORM_STATE } from '@/lib/form-state'

/** Publishes a resolution someone else made. */
export function ConflictPublishForm({ relationId, updatedAt }: { relationId: string; updatedAt: string }) {
  const [state, action] = useActionState(publishConflictResolution, INITIAL_FORM_STATE)
  return (
    <form action={action} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="relationId" value={relationId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <SubmitButton pending="Publishing…">Publish resolution</SubmitButton>
    </form>
  )
}
