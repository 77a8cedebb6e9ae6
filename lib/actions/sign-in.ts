'use server'

import { AuthError } from 'next-auth'
import { z } from 'zod'
import { signIn, SignInUnavailable, TooManySignInAttempts } from '../auth/session'
import { isDatabaseUnavailable } from '../db-errors'
import { isForm, NOT_A_FORM } from '../form-state'
import { safeReturnPath } from '../auth/return-path'
import { signInSchema } from '../validations/user'

export type SignInState = {
  /** Shown above the form; deliberately the same whether the email exists or not. */
  error?: string
  fieldErrors?: { email?: string[]; password?: string[] }
  email?: string
}

export async function signInWithPassword(_: SignInState, form: FormData): Promise<SignInState> {
  if (!isForm(form)) return { error: NOT_A_FORM.message }
  const email = String(form.get('email') ?? '')
  const parsed = signInSchema.safeParse({ email, password: form.get('password') ?? '' })
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email }
  try {
    // On success Auth.js throws Next's redirect, which must propagate.
    await signIn('credentials', { ...parsed.data, redirectTo: safeReturnPath(form.get('callbackUrl')) })
  } catch (error) {
    if (error instanceof SignInUnavailable || isDatabaseUnavailable(error)) {
      return { error: 'The service is briefly unavailable, so you were not signed in. Try again in a minute.', email }
    }
    if (error instanceof TooManySignInAttempts) {
      return { error: 'Too many failed sign-ins for this account or network. Wait 15 minutes, then try again.', email }
    }
    if (error instanceof AuthError) return { error: 'That email and password do not match an active account.', email }
    throw error
  }
  return {}
}
