// A reviewer uploads a PDF: it is kept on a capture of purpose UPLOAD and read by a job, since a
// scan's OCR takes seconds a page. The capture's row, its file and its job are written in one
// transaction, as a capture by address is (request-capture.ts).
import type PgBoss from 'pg-boss'
import { audit } from '../audit/audit-log'
import type { DbTransaction } from '../../db'
import { JOBS, sendJob } from '../../jobs/queue'
import type { SourceDetailsInput } from '../sources/create-source'

/** What the import form gave for a new source: blanks are filled from the PDF, or its file name. */
export type UploadDetails = Omit<SourceDetailsInput, 'title' | 'publishedOn'> & { title: string | null; publishedOn: string | null }

/** A new source (`details`) or a new version of `sourceId`. */
export type UploadJobData = { captureId: string } & ({ details: UploadDetails } | { sourceId: string })

export type UploadInput = { bytes: Uint8Array<ArrayBuffer>; fileName: string } & ({ details: UploadDetails } | { sourceId: string })

/** Queues the reading of an uploaded PDF (already checked by checkPdfBytes) in `actorId`'s name. */
export async function requestUpload(tx: DbTransaction, boss: PgBoss, input: UploadInput, actorId: string) {
  const sourceId = 'sourceId' in input ? input.sourceId : null
  const capture = await tx.capture.create({
    data: { purpose: 'UPLOAD', upload: input.bytes, fileName: input.fileName, sourceId, requestedById: actorId },
    select: { id: true },
  })
  const data: UploadJobData = 'sourceId' in input ? { captureId: capture.id, sourceId: input.sourceId } : { captureId: capture.id, details: input.details }
  await sendJob(tx, boss, JOBS.readUpload.name, data)
  await audit(tx, {
    actorId,
    action: 'capture.upload',
    entityType: 'Capture',
    entityId: capture.id,
    after: { fileName: input.fileName, size: input.bytes.byteLength, ...('sourceId' in input ? { sourceId } : { details: input.details }) },
  })
  return capture
}
