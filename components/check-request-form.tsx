'use client'

import { useActionState } from 'react'
import { Field } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { sendCheckRequest } from '@/lib/actions/send-check-request'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { CHECK_REQUEST_TEXT_MAX } from '@/lib/validations/check-request'
import styles from './check-request-form.module.css'

/** The public form: after a send the fields are empty again; after a refusal they keep the text. */
export function CheckRequestForm() {
  const [state, action] = useActionState(sendCheckRequest, INITIAL_FORM_STATE)
  const sent = state.status === 'ok'
  const value = (name: string) => (sent ? '' : (state.values?.[name] ?? ''))
  return (
    <form action={action} className={`form ${styles.checkRequestForm}`} noValidate>
      <FormAlert state={state} />
      <div key={sent ? 'sent' : 'editing'}>
        <Field
          as="textarea"
          name="claimText"
          label="The claim you would like us to check"
          required
          rows={4}
          maxLength={CHECK_REQUEST_TEXT_MAX + 500}
          hint="In the words you saw or heard it, if you can."
          defaultValue={value('claimText')}
          errors={state.fieldErrors?.claimText}
        />
        <Field name="seenAt" label="Where you saw it" hint="A link, or where and when: a speech, a broadcast, a leaflet." defaultValue={value('seenAt')} maxLength={600} errors={state.fieldErrors?.seenAt} />
        <Field name="email" type="email" label="Your email" autoComplete="email" hint="Only if you would like a reply. Only our team sees it." defaultValue={value('email')} maxLength={300} errors={state.fieldErrors?.email} />
      </div>
      {/* People leave this empty; form-filling robots do not. */}
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="form__actions">
        <SubmitButton pending="Sending…">Send request</SubmitButton>
      </div>
    </form>
  )
}
