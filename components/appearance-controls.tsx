'use client'

import { useActionState } from 'react'
import { FormAlert } from '@/components/ui/form-alert'
import { SubmitButton } from '@/components/ui/submit-button'
import { removeAppearance } from '@/lib/actions/remove-appearance'
import { updateAppearance } from '@/lib/actions/update-appearance'
import { INITIAL_FORM_STATE } from '@/lib/form-state'
import { StanceField } from './stance-field'
import styles from './appearance-controls.module.css'

type Props = { appearanceId: string; stance: string; isCited: boolean; label: string }

/** Change the source's stance towards the claim, or detach the passage when nothing cites it. */
export function AppearanceControls({ appearanceId, stance, isCited, label }: Props) {
  const [stanceState, stanceAction] = useActionState(updateAppearance, INITIAL_FORM_STATE)
  const [removeState, removeAction] = useActionState(removeAppearance, INITIAL_FORM_STATE)
  return (
    <div className={styles.appearanceControls}>
      <form action={stanceAction} className={styles.appearanceStance}>
        <input type="hidden" name="appearanceId" value={appearanceId} />
        <StanceField id={`stance-${appearanceId}`} label={`Stance of ${label}`} defaultValue={stanceState.values?.stance ?? stance} errors={stanceState.fieldErrors?.stance} />
        <SubmitButton quiet pending="Saving…">
          Change stance<span className="visually-hidden"> of {label}</span>
        </SubmitButton>
      </form>
      <FormAlert state={stanceState} />
      {isCited ? (
        <p className="meta">A published verdict cites this passage, so it stays attached.</p>
      ) : (
        <form action={removeAction}>
          <input type="hidden" name="appearanceId" value={appearanceId} />
          <SubmitButton quiet pending="Removing…">
            Remove<span className="visually-hidden"> {label} from this claim</span>
          </SubmitButton>
          <FormAlert state={removeState} />
        </form>
      )}
    </div>
  )
}
