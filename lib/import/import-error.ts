export type ImportFailure =
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_TEXT'
  | 'EMPTY'
  | 'TOO_LONG'
  | 'NO_ARTICLE'
  | 'TOO_COMPLEX'
  // PDFs (lib/pdf): refused whole, so nothing is half-stored; NEEDS_OCR asks for the OCR job instead.
  | 'ENCRYPTED'
  | 'DAMAGED'
  | 'TOO_LARGE'
  | 'TOO_MANY_PAGES'
  | 'NEEDS_OCR'

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
