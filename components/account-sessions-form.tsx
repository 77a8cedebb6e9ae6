'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { endSessions } from '@/lib/actions/end-sessions'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import accountForms from './account-forms.module.css'

/** "Sign out everywhere" for one account: every browser it is signed in on must sign in again. */
export function AccountSessionsForm({ account }: { account: { id: string; name: string } }) {
  const [state, action] = useActionState(endSessions, INITIAL_FORM_STATE)
  return (
    <form action={action} className={accountForms.accountForm}>
      <input type="hidden" name="userId" value={account.id} />
      <SubmitButton pending="Signing out…" quiet>
        Sign out everywhere<span className="visually-hidden"> ({account.name})</span>
      </SubmitButton>
      <FormAlert state={state} />
    </form>
  )
}
