// The words for who proposed a change or asked for a capture.

/** The person's name, or what acted when no person did: a watched source's scheduled re-check. */
export function proposerName(proposedBy: { name: string } | null): string {
  return proposedBy?.name ?? 'the watch schedule'
}
