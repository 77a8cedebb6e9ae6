// What every form action returns, and how a submitted form becomes input for a zod schema.
import { formatNumber } from './format'

export type FormStatus = 'ok' | 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'error'

export type FormState = {
  status?: FormStatus
  /** Shown above the form (errors) or beside it (ok). */
  message?: string
  fieldErrors?: Record<string, string[] | undefined>
  /** What was submitted, so a refused form re-renders with nothing lost. */
  values?: Record<string, string>
}

export const INITIAL_FORM_STATE: FormState = {}

/** More fields than any of our forms sends: such a form is refused before anything reads it. */
export const MAX_FORM_FIELDS = 2000

export const TOO_MANY_FIELDS: FormState = {
  status: 'invalid',
  message: `This form sent more than ${formatNumber(MAX_FORM_FIELDS)} fields, which none of ours does. Nothing was saved.`,
}

/**
 * What an action answers when it was called without a form: only a hand-made request does that
 * (a post naming the action directly, or arguments that are not the page's).
 */
export const NOT_A_FORM: FormState = { status: 'invalid', message: 'This request did not carry one of our forms. Nothing was saved.' }

export const isForm = (value: unknown): value is FormData => value instanceof FormData

/** True when the form has more than MAX_FORM_FIELDS fields; stops counting there. */
export function hasTooManyFields(form: FormData): boolean {
  let count = 0
  for (const _ of form.keys()) if (++count > MAX_FORM_FIELDS) return true
  return false
}

/**
 * FormData as a plain object, in one pass: a repeated name becomes an array, files stay File
 * objects, and Next's internal `$ACTION_*` fields are dropped.
 */
export function formDataToObject(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields = new Map<string, FormDataEntryValue[]>()
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue
    const values = fields.get(key)
    if (values) values.push(value)
    else fields.set(key, [value])
  }
  return Object.fromEntries([...fields].map(([key, values]) => [key, values.length === 1 ? values[0]! : values]))
}

const NUL_MESSAGE = 'This contains a NUL character, which cannot be stored. Remove it and try again.'

/** Text fields holding a NUL character (PostgreSQL cannot store one), as field errors; null when none. */
export function nulFieldErrors(form: FormData): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string' && value.includes('\u0000')) errors[key] = [NUL_MESSAGE]
  return Object.keys(errors).length > 0 ? errors : null
}

/** Never sent back to the browser, even to the person who typed them. */
const SECRET_FIELDS = /password/i

/** The text fields of a form, to give back after a refusal. Files and passwords are not echoed. */
export function submittedValues(form: FormData): Record<string, string> {
  const values = new Map<string, string>()
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !SECRET_FIELDS.test(key) && !values.has(key)) values.set(key, value)
  }
  return Object.fromEntries(values)
}
