// Errors with a message meant for the person using the app, and the HTTP status they map to.
// Anything else that goes wrong is logged and answered with a generic message.
import { formatMoment } from './format'

export type AppErrorCode = 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'invalid'

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  invalid: 422,
}

export class AppError extends Error {
  readonly code: AppErrorCode
  readonly status: number
  /** Field errors to show under their inputs, for `invalid` errors found after parsing. */
  readonly fieldErrors?: Record<string, string[]>

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.status = STATUS[code]
    this.fieldErrors = fieldErrors
  }
}

/**
 * A step refused because what its screen showed (the list a verdict publishes, a pending change)
 * moved on meanwhile: the page is rendered again, so the person sees it as it is now.
 */
export class StaleScreenError extends AppError {
  constructor(message: string) {
    super('conflict', message)
    this.name = 'StaleScreenError'
  }
}

export const notFound = (what: string) => new AppError('not-found', `That ${what} no longer exists.`)
export const forbiddenError = (why: string) => new AppError('forbidden', why)

/**
 * A save based on a copy someone else has since changed. The message says who and when; the form
 * keeps what this person typed and links to the other version.
 */
export function conflictError(what: string, editedBy: string, editedAt: Date): AppError {
  return new AppError(
    'conflict',
    `${editedBy} saved this ${what} at ${formatMoment(editedAt)}, after you opened it. Nothing of yours was saved and your text is kept here; open the latest version, then apply your change again.`,
  )
}
