// A source's details (title, kind, publisher, author, address, date), as the team saves them on an
// unpublished source and as an editor publishes a proposed change to a public one. The date is a
// day, as the form and the pending change give it, in the row and in the audit entry alike.
import { audit } from '../audit/audit-log'
import type { SourceDetailsValues } from '../../changes/pending-change'
import type { DbTransaction } from '../../db'
import { isoDay } from '../../format'
import { rereadFigureSuggestions } from './reread-figure-suggestions'

/** A source row's details in the form the change and the audit log keep them (the date as a day). */
export function sourceDetailsValues<T extends { publishedOn: Date | null }>(details: T): Omit<T, 'publishedOn'> & { publishedOn: string | null } {
  return { ...details, publishedOn: details.publishedOn ? isoDay(details.publishedOn) : null }
}

/**
 * Writes `after` over the source's details and records the change; `extra` names a published change.
 * A new date re-reads the periods of the source's open figure suggestions ("last year").
 */
export async function updateSourceDetails(tx: DbTransaction, actorId: string, sourceId: string, before: SourceDetailsValues, after: SourceDetailsValues, extra: Record<string, unknown> = {}) {
  const publishedOn = after.publishedOn ? new Date(`${after.publishedOn}T00:00:00Z`) : null
  await tx.source.update({ where: { id: sourceId }, data: { ...after, publishedOn } })
  const reread = before.publishedOn === after.publishedOn ? {} : { figureSuggestionsReread: await rereadFigureSuggestions(tx, sourceId, publishedOn) }
  await audit(tx, { actorId, action: 'source.update', entityType: 'Source', entityId: sourceId, before, after: { ...after, ...extra, ...reread } })
}
