// The only way mutations are written. Every server action runs the same steps: authenticate (the
// account is re-read, so a disabled account or a changed role counts at once), check the role's
// permission, parse the form with zod, then the handler authorizes against the row, writes in a
// transaction, audits and revalidates. Redirects happen here, outside any try/catch.
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { findActiveUser, sessionUserId, type CurrentUser } from './session'
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from '../db-errors'
import { AppError } from '../errors'
import { formDataToObject, hasTooManyFields, isForm, NOT_A_FORM, nulFieldErrors, submittedValues, TOO_MANY_FIELDS, type FormState } from '../form-state'
import { can, type Permission } from './permissions'

export type ActionContext = { user: CurrentUser }
export type ActionOutcome = FormState | { redirectTo: string }

const SIGNED_OUT: FormState = { status: 'unauthenticated', message: 'Your session has ended or your account was disabled. Sign in again; nothing was saved.' }
const NOT_ALLOWED: FormState = { status: 'forbidden', message: 'Your role does not allow this. Nothing was saved.' }
const FAILED: FormState = { status: 'error', message: 'Something went wrong on our side and nothing was saved. Try again in a moment.' }

type Guarded = { user: CurrentUser } | { refused: FormState }

/** Authenticate and check the role's permission: the part every action and query shares. */
async function guard(userId: string | null, permission: Permission): Promise<Guarded> {
  const user = await findActiveUser(userId)
  if (!user) return { refused: SIGNED_OUT }
  if (!can(user.role, permission)) return { refused: NOT_ALLOWED }
  return { user }
}

function fromError(error: unknown): FormState {
  if (error instanceof AppError) return { status: error.code, message: error.message, fieldErrors: error.fieldErrors }
  if (isDatabaseUnavailable(error)) {
    console.warn(`[db] unavailable: ${error instanceof Error ? error.message.split('\n').filter(Boolean).at(-1) : String(error)}`)
    return { status: 'error', message: UNAVAILABLE_MESSAGE }
  }
  console.error(error)
  return FAILED
}

/** The signed-in caller's id (null for none), or the refusal to give when the database is away. */
async function callerOf(): Promise<string | null | FormState> {
  try {
    return await sessionUserId()
  } catch (error) {
    return fromError(error)
  }
}

/** A form action: `useActionState(action, INITIAL_FORM_STATE)`. */
export function authedAction<S extends z.ZodType>(
  options: { permission: Permission; schema: S },
  handler: (input: z.output<S>, context: ActionContext) => Promise<ActionOutcome>,
) {
  /** Everything but reading the session cookie; the authorization test calls this directly. */
  async function run(userId: string | null, form: FormData): Promise<ActionOutcome> {
    if (hasTooManyFields(form)) return TOO_MANY_FIELDS
    const values = submittedValues(form)
    try {
      // Inside the try: with the database away, even the check of who is calling fails, and the
      // form must still come back with what was typed.
      const guarded = await guard(userId, options.permission)
      if ('refused' in guarded) return { ...guarded.refused, values }
      const nul = nulFieldErrors(form)
      if (nul) return { status: 'invalid', message: 'Check the highlighted fields; nothing was saved.', fieldErrors: nul, values }
      const parsed = options.schema.safeParse(formDataToObject(form))
      if (!parsed.success) {
        return { status: 'invalid', message: 'Check the highlighted fields; nothing was saved.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
      }
      return await handler(parsed.data, { user: guarded.user })
    } catch (error) {
      return { ...fromError(error), values }
    }
  }

  async function action(_previous: FormState, form: FormData): Promise<FormState> {
    if (!isForm(form)) return NOT_A_FORM
    const caller = await callerOf()
    if (typeof caller !== 'string' && caller !== null) return { ...caller, values: submittedValues(form) }
    const outcome = await run(caller, form)
    if ('redirectTo' in outcome) redirect(outcome.redirectTo)
    return outcome
  }

  return Object.assign(action, { permission: options.permission, run })
}

/**
 * A form action anyone may send, with no account (the public check-request form): parse, then
 * `allow` (a rate limit keyed by the request's headers), then the handler. Same error handling.
 */
export function publicAction<S extends z.ZodType>(
  options: { schema: S; allow: (headers: Headers) => Promise<boolean>; refused: string },
  handler: (input: z.output<S>) => Promise<FormState>,
) {
  async function run(requestHeaders: Headers, form: FormData): Promise<FormState> {
    if (hasTooManyFields(form)) return TOO_MANY_FIELDS
    const values = submittedValues(form)
    const nul = nulFieldErrors(form)
    if (nul) return { status: 'invalid', message: 'Check the highlighted fields; nothing was sent.', fieldErrors: nul, values }
    const parsed = options.schema.safeParse(formDataToObject(form))
    if (!parsed.success) {
      return { status: 'invalid', message: 'Check the highlighted fields; nothing was sent.', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
    }
    try {
      if (!(await options.allow(requestHeaders))) return { status: 'forbidden', message: options.refused, values }
      return await handler(parsed.data)
    } catch (error) {
      return { ...fromError(error), values }
    }
  }

  async function action(_previous: FormState, form: FormData): Promise<FormState> {
    if (!isForm(form)) return NOT_A_FORM
    return run(await headers(), form)
  }

  return Object.assign(action, { run })
}

export type QueryResult<T> = { ok: true; data: T } | { ok: false; state: FormState }

/** A read a client component calls (e.g. suggestions while typing), guarded the same way. */
export function authedQuery<S extends z.ZodType, T>(
  options: { permission: Permission; schema: S },
  handler: (input: z.output<S>, context: ActionContext) => Promise<T>,
) {
  async function run(userId: string | null, input: unknown): Promise<QueryResult<T>> {
    try {
      const guarded = await guard(userId, options.permission)
      if ('refused' in guarded) return { ok: false, state: guarded.refused }
      const parsed = options.schema.safeParse(input)
      if (!parsed.success) return { ok: false, state: { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors } }
      return { ok: true, data: await handler(parsed.data, { user: guarded.user }) }
    } catch (error) {
      return { ok: false, state: fromError(error) }
    }
  }

  async function query(input: unknown): Promise<QueryResult<T>> {
    const caller = await callerOf()
    if (typeof caller !== 'string' && caller !== null) return { ok: false, state: caller }
    return run(caller, input)
  }

  return Object.assign(query, { permission: options.permission, run })
}
