// What every form action returns, and how a submitted form becomes input for a zod schema.

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

/**
 * FormData as a plain object: a repeated name becomes an array, files stay File objects, and
 * Next's internal `$ACTION_*` fields are dropped.
 */
export function formDataToObject(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const result: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {}
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue
    const values = form.getAll(key)
    result[key] = values.length === 1 ? values[0]! : values
  }
  return result
}

/** Never sent back to the browser, even to the person who typed them. */
const SECRET_FIELDS = /password/i

/** The text fields of a form, to give back after a refusal. Files and passwords are not echoed. */
export function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !SECRET_FIELDS.test(key) && !(key in values)) values[key] = value
  }
  return values
}
