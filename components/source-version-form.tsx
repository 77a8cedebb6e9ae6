'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { importSourceVersion } from '@/lib/actions/import-source-version'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { SourceContentFields } from '@/components/source-content-fields'

export function SourceVersionForm({ sourceId }: { sourceId: string }) {
  const [state, action] = useActionState(importSourceVersion, INITIAL_FORM_STATE)
  return (
    <form action={action} className="narrow" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <SourceContentFields state={state} />
      <div className="form__actions">
        <SubmitButton pending="Importing…">Import new version</SubmitButton>
      </div>
    </form>
  )
}
