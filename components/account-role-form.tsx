'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { Field } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { changeAccountRole } from '@/lib/actions/change-account-role'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import type { Role } from '@/lib/generated/prisma/enums'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import accountForms from './account-forms.module.css'

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }))

export function AccountRoleForm({ account }: { account: { id: string; name: string; role: Role } }) {
  const [state, action] = useActionState(changeAccountRole, INITIAL_FORM_STATE)
  return (
    <form action={action} className={`form ${accountForms.accountForm}`} noValidate>
      <input type="hidden" name="userId" value={account.id} />
      <Field
        as="select"
        id={`role-${account.id}`}
        name="role"
        label={`Role of ${account.name}`}
        required
        options={ROLE_OPTIONS}
        errors={state.fieldErrors?.role ?? state.fieldErrors?.userId}
        defaultValue={state.status === 'ok' ? account.role : (state.values?.role ?? account.role)}
      />
      <div className="form__actions">
        <SubmitButton pending="Changing…" quiet>
          Change role
        </SubmitButton>
      </div>
      <FormAlert state={state} />
    </form>
  )
}
