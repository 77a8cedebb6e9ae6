'use client'

import { useActionState } from 'react'
import { SourceMetadataFields } from '@/components/source-metadata-fields'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { importSource } from '@/lib/actions/import-source'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { SourceContentFields } from '@/components/source-content-fields'

export function SourceImportForm() {
  const [state, action] = useActionState(importSource, INITIAL_FORM_STATE)
  return (
    <form action={action} className="narrow" noValidate>
      <FormAlert state={state} />
      <SourceContentFields state={state} />
      <h2>Details</h2>
      <p className="meta">Leave a detail blank to take it from the page or file, when it states one.</p>
      <Field name="title" label="Title" maxLength={300} defaultValue={state.values?.title} errors={state.fieldErrors?.title} />
      <SourceMetadataFields state={state} />
      <div className="form__actions">
        <SubmitButton pending="Importing…">Import source</SubmitButton>
      </div>
    </form>
  )
}
