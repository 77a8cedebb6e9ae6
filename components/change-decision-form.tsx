'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { publishChange } from '@/lib/actions/publish-change'
import { withdrawChange } from '@/lib/actions/withdraw-change'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import styles from './change-publication.module.css'

type Props = {
  changeId: string
  /** False once it is published or withdrawn: only what the last step said stays. */
  isPending: boolean
  digest: string
  /** Null when this person may publish it; else why not, said beside the forms. */
  publishRefusal: string | null
  canWithdraw: boolean
}

/**
 * Publish or withdraw a pending change; publishing carries the digest of the screen shown. Rendered
 * after the decision too, so the editor reads what the step did on the page it re-renders.
 */
export function ChangeDecisionForm({ changeId, isPending, digest, publishRefusal, canWithdraw }: Props) {
  const [published, publish] = useActionState(publishChange, INITIAL_FORM_STATE)
  const [withdrawn, withdraw] = useActionState(withdrawChange, INITIAL_FORM_STATE)
  const alert = <FormAlert state={published.message ? published : withdrawn} />
  if (!isPending) return alert
  return (
    <>
      {alert}
      {publishRefusal ? <p className="meta">{publishRefusal}</p> : null}
      <div className={styles.actions}>
        {publishRefusal ? null : (
          <form action={publish} noValidate>
            <input type="hidden" name="changeId" value={changeId} />
            <input type="hidden" name="changeDigest" value={digest} />
            <SubmitButton pending="Publishing…">Publish this change</SubmitButton>
          </form>
        )}
        {canWithdraw ? (
          <form action={withdraw} noValidate>
            <input type="hidden" name="changeId" value={changeId} />
            <SubmitButton pending="Withdrawing…" quiet>
              Withdraw it
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </>
  )
}
