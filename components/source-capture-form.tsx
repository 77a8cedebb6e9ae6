'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { captureSource } from '@/lib/actions/capture-source'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { KIND_OPTIONS } from '@/components/source-metadata-fields'

/** The third way in: the address of a page, fetched and kept as it was by a worker. */
export function SourceCaptureForm() {
  const [state, action] = useActionState(captureSource, INITIAL_FORM_STATE)
  return (
    <form action={action} className="narrow" noValidate aria-labelledby="capture-heading">
      <h2 id="capture-heading">Capture a web address</h2>
      <FormAlert state={state} />
      {/* Ids of their own: the paste-or-upload form below has a "kind" too. */}
      <Field
        id="capture-address"
        name="address"
        label="Page address"
        type="url"
        required
        maxLength={2000}
        defaultValue={state.values?.address}
        errors={state.fieldErrors?.address}
        hint="The page is fetched and kept as it was, with its text, title, site, author and date where it states them. Web pages, plain text and PDFs (read page by page, a scan by OCR)."
      />
      <Field as="select" id="capture-kind" name="kind" label="Kind" required options={KIND_OPTIONS} defaultValue={state.values?.kind ?? 'NEWS_ARTICLE'} errors={state.fieldErrors?.kind} />
      <div className="form__actions">
        <SubmitButton pending="Queuing…">Capture page</SubmitButton>
      </div>
    </form>
  )
}
