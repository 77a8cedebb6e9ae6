'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { captureSource } from '@/lib/actions/capture-source'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { SOURCE_KIND_LABELS } from '@/lib/labels/source'

const KINDS = Object.entries(SOURCE_KIND_LABELS).map(([value, label]) => ({ value, label }))

/** The third way in: the address of a page, fetched and kept as it was by a worker. */
export function SourceCaptureForm() {
  const [state, action] = useActionState(captureSource, INITIAL_FORM_STATE)
  return (
    <form action={action} className="narrow" noValidate aria-labelledby="capture-heading">
      <h2 id="capture-heading">Capture a web address</h2>
      <FormAlert state={state} />
      <Field
        name="address"
        label="Web address"
        type="url"
        required
        maxLength={2000}
        defaultValue={state.values?.address}
        errors={state.fieldErrors?.address}
        hint="The page is fetched and kept as it was, with its text, title, site, author and date where it states them. Web pages and plain text; not PDFs yet."
      />
      <Field as="select" name="kind" label="Kind" required options={KINDS} defaultValue={state.values?.kind ?? 'NEWS_ARTICLE'} errors={state.fieldErrors?.kind} />
      <div className="form__actions">
        <SubmitButton pending="Queuing…">Capture page</SubmitButton>
      </div>
    </form>
  )
}
