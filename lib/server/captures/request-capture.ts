// A reviewer asks for a web address to be captured: the capture's row and its job are written in one
// transaction, so there is never a capture that no worker will pick up, nor a job about nothing.
import type PgBoss from 'pg-boss'
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import type { SourceKind } from '../../generated/prisma/enums'
import { JOBS, sendJob } from '../../jobs/queue'

export type CaptureJobData = { captureId: string; kind?: SourceKind }

/** Queues the capture of `url` (already checked by checkAddress) as a new source of `kind`. */
export async function requestCapture(tx: DbTransaction, boss: PgBoss, input: { url: string; kind: SourceKind }, actorId: string) {
  const capture = await tx.capture.create({ data: { purpose: 'IMPORT', requestedUrl: input.url, requestedById: actorId }, select: { id: true } })
  await sendJob(tx, boss, JOBS.captureSource.name, { captureId: capture.id, kind: input.kind } satisfies CaptureJobData)
  await audit(tx, { actorId, action: 'capture.request', entityType: 'Capture', entityId: capture.id, after: { url: input.url, kind: input.kind } })
  return capture
}
