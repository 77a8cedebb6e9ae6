// The words for how a conflict between two figures was settled: the choices a reviewer has, and
// what a settled one says on the quantity pages, public and team alike.
import type { ConflictResolution } from '../generated/prisma/enums'

export const RESOLUTION_LABELS: Record<ConflictResolution, string> = {
  RANKED: 'Rank the figures',
  SCOPES_DIFFER: 'The scopes differ',
  CONFIRMED_DISAGREEMENT: 'A real disagreement',
}

/** What a resolution says, in a sentence, on the quantity page and the queue. */
export const RESOLUTION_WORDS: Record<ConflictResolution, string> = {
  RANKED: 'Settled by ranking the figures',
  SCOPES_DIFFER: 'The figures measure different things or scopes, so they do not contradict each other',
  CONFIRMED_DISAGREEMENT: 'Checked: the sources really do disagree',
}
