'use client'

import { useActionState } from 'react'
import { SourceMetadataFields } from '@/components/source-metadata-fields'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { updateSource } from '@/lib/actions/update-source'
import { INITIAL_FORM_STATE } from '@/lib/form-state'

type Props = {
  source: { id: string; title: string; kind: string; publisher: string; author: string; url: string; publishedOn: string; updatedAt: string }
}

export function SourceDetailsForm({ source }: Props) {
  const [state, action] = useActionState(updateSource, INITIAL_FORM_STATE)
  return (
    <form action={action} className="narrow" noValidate>
      <FormAlert state={state} />
      {state.status === 'conflict' ? (
        <p>
          <a href={`/review/sources/${source.id}/edit`} target="_blank" rel="noopener">
            Open the latest details in a new tab
          </a>
        </p>
      ) : null}
      <input type="hidden" name="id" value={source.id} />
      <input type="hidden" name="updatedAt" value={source.updatedAt} />
      <Field name="title" label="Title" required maxLength={300} defaultValue={state.values?.title ?? source.title} errors={state.fieldErrors?.title} />
      <SourceMetadataFields state={state} defaults={source} />
      <div className="form__actions">
        <SubmitButton pending="Saving…">Save details</SubmitButton>
      </div>
    </form>
  )
}
