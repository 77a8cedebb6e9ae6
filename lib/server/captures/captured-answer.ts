// What a capture records of the answer it got, whatever came of it.
import type { FetchOutcome } from '../../capture'

export function capturedAnswer(outcome: FetchOutcome) {
  return {
    finalUrl: outcome.finalUrl,
    httpStatus: outcome.status,
    mediaType: outcome.kind === 'page' ? outcome.mediaType : null,
    lastModified: outcome.kind === 'page' ? outcome.lastModified : null,
    etag: outcome.kind === 'page' ? outcome.etag : null,
    fetchedAt: outcome.fetchedAt,
  }
}

/** An answer that trying again later may change: the site is busy or failing. */
export const isPassingTrouble = (status: number) => status === 429 || status >= 500
