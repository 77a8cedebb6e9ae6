'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { Field } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { createAccount } from '@/lib/actions/create-account'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { ROLE_OPTIONS } from './account-role-form'
import styles from './account-create-form.module.css'

/** A new account. The password is never echoed back: after a refusal it is typed again. */
// The minimum comes from the page: lib/auth/password.ts loads argon2, which has no place in the browser.
export function AccountCreateForm({ passwordMinLength }: { passwordMinLength: number }) {
  const [state, action] = useActionState(createAccount, INITIAL_FORM_STATE)
  const values = state.status === 'ok' ? {} : (state.values ?? {})
  const errors = state.fieldErrors ?? {}
  return (
    <form action={action} className={`form ${styles.accountCreate}`} noValidate aria-labelledby="create-account-heading">
      <h2 id="create-account-heading">Create an account</h2>
      <FormAlert state={state} />
      <Field name="email" label="Email" type="email" autoComplete="off" required errors={errors.email} defaultValue={values.email} />
      <Field name="name" label="Name" required errors={errors.name} defaultValue={values.name} hint="As colleagues and the audit log will see it." />
      <Field as="select" name="role" label="Role" required options={ROLE_OPTIONS} errors={errors.role} defaultValue={values.role ?? 'REVIEWER'} />
      <Field
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.password}
        hint={`At least ${passwordMinLength} characters, and hard to guess: a few unrelated words work well. Give it to them privately.`}
      />
      <div className="form__actions">
        <SubmitButton pending="Creating…">Create account</SubmitButton>
      </div>
    </form>
  )
}
