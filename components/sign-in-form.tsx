'use client'

import { useActionState } from 'react'
import { signInWithPassword, type SignInState } from '@/lib/actions/sign-in'

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInWithPassword, {})
  return (
    <form action={action} noValidate>
      <div aria-live="polite">{state.error ? <p className="form__error" role="alert">{state.error}</p> : null}</div>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="form__field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} aria-describedby="email-error" />
        <p id="email-error" className="form__field-error" aria-live="polite">
          {state.fieldErrors?.email?.[0]}
        </p>
      </div>
      <div className="form__field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby="password-error" />
        <p id="password-error" className="form__field-error" aria-live="polite">
          {state.fieldErrors?.password?.[0]}
        </p>
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
