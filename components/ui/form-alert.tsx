import type { FormState } from '@/lib/form-state'

/** The message above a form: an alert when something was refused, a status line when it worked. */
export function FormAlert({ state }: { state: FormState }) {
  return (
    <div aria-live="polite">
      {state.message ? (
        <p className={state.status === 'ok' ? 'form__success' : 'form__error'} role={state.status === 'ok' ? 'status' : 'alert'}>
          {state.message}
        </p>
      ) : null}
    </div>
  )
}
