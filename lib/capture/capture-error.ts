export type CaptureFailure =
  | 'invalid-address'
  | 'refused-scheme'
  | 'refused-port'
  | 'refused-credentials'
  | 'refused-address'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'unsupported-type'
  | 'unreachable'

/**
 * A capture by web address that did not happen, and why. The message is written for the reviewer
 * who asked for it and safe to show (it names the address or the site, never a stack); `code` lets
 * a job decide whether trying again later can help (`timeout`, `unreachable`) or not.
 */
export class CaptureError extends Error {
  readonly code: CaptureFailure

  constructor(code: CaptureFailure, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CaptureError'
    this.code = code
  }
}
