'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { disableAccount } from '@/lib/actions/disable-account'
import { enableAccount } from '@/lib/actions/enable-account'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import accountForms from './account-forms.module.css'
import styles from './account-status-form.module.css'

type Props = { account: { id: string; name: string; isDisabled: boolean } }

/**
 * Disable (behind a disclosure that says what will happen, so one stray tap does nothing) or
 * re-enable. The disclosure is a native <details>: keyboard and screen readers know it already.
 */
export function AccountStatusForm({ account }: Props) {
  const [state, action] = useActionState(account.isDisabled ? enableAccount : disableAccount, INITIAL_FORM_STATE)
  return (
    <form action={action} className={accountForms.accountForm}>
      <input type="hidden" name="userId" value={account.id} />
      {account.isDisabled ? (
        <SubmitButton pending="Re-enabling…" quiet>
          Re-enable account
        </SubmitButton>
      ) : (
        <details className={styles.accountConfirm}>
          <summary>Disable account…</summary>
          <p>
            {account.name} will be locked out on their next request, open sessions included, and cannot sign in until an admin re-enables the account.
            Their work and history stay.
          </p>
          <div className={styles.accountDanger}>
            <SubmitButton pending="Disabling…">Yes, disable {account.name}</SubmitButton>
          </div>
        </details>
      )}
      <FormAlert state={state} />
    </form>
  )
}
