// How a capture job ends when fetching or reading its page went wrong, for an import and a re-check
// alike: a refusal or an answer that will not change (a private address, an encrypted PDF, a 403) ends the
// capture at once; trouble that may pass (a site down, slow or busy) is thrown on so the job is
// tried again with backoff, and the capture fails, saying why, only after the last try.
import { CaptureError } from '../../capture'
import type { JobRun } from '../../jobs/work'
import { UnreadablePage } from './read-page'

/** A busy or failing site (429, 5xx): the job tries again later. */
export class PassingTrouble extends Error {}

const OUR_FAULT = 'Something went wrong on our side while capturing this page, and nothing was stored. Try again in a moment.'

/** Records `error` on the capture through `fail`, or throws it on for another try. */
export async function endOnError(error: unknown, run: JobRun<unknown>, fail: (why: string) => Promise<unknown>): Promise<void> {
  if (error instanceof UnreadablePage) return void (await fail(error.message))
  const isRefusal = error instanceof CaptureError && error.code !== 'timeout' && error.code !== 'unreachable'
  if (isRefusal) return void (await fail(error.message))
  // Worth another try: the job is retried with backoff, and the reviewer is told on the last.
  if (run.isLastTry) await fail(error instanceof CaptureError || error instanceof PassingTrouble ? error.message : OUR_FAULT)
  throw error
}
