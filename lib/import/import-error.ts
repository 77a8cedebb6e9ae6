export type ImportFailure = 'UNSUPPORTED_FORMAT' | 'NOT_TEXT' | 'EMPTY' | 'TOO_LONG' | 'NO_ARTICLE' | 'TOO_COMPLEX'

/**
 * An import the reviewer can fix (wrong file, empty page, too long). The message is written for
 * them and safe to show; `reason` lets a form or route pick a field or a status without parsing it.
 */
export class ImportError extends Error {
  readonly reason: ImportFailure

  constructor(reason: ImportFailure, message: string) {
    super(message)
    this.name = 'ImportError'
    this.reason = reason
  }
}
