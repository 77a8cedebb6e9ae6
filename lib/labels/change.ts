// The words for who proposed a change.
import { WATCH_SCHEDULE } from './capture'

/** The proposer's name, or what proposed it when no person did (a watched source's scheduled re-check). */
export function proposerName(proposedBy: { name: string } | null): string {
  return proposedBy?.name ?? WATCH_SCHEDULE
}
