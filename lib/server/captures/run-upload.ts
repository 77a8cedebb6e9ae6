// The upload job's work (lib/jobs/read-upload.ts): read an uploaded PDF (by OCR when its pages are
// scans, page by page, the capture's row counting them) and store it, in the uploader's name, as a
// new source or as the next version of the source it was uploaded to, as an import of any other
// file would be. The file is kept on the capture only until it is read: stored, it is the
// snapshot's original; refused, it is dropped and the capture says why. Nothing is stored in part.
import { can } from '../../auth/permissions'
import { getDb, type DbTransaction } from '../../db'
import { AppError } from '../../errors'
import { ImportError } from '../../import'
import type { JobRun } from '../../jobs/work'
import { createSource, findSnapshotByText } from '../sources/create-source'
import { readPdfContent, type ReadContent } from '../sources/read-pdf-content'
import { saveSourceVersion } from '../sources/save-source-version'
import { readingProgress } from './reading-progress'
import type { UploadDetails, UploadJobData } from './request-upload'

const NO_LONGER_ALLOWED = 'The account that uploaded this PDF may no longer import sources, so it was not read.'
const OUR_FAULT = 'Something went wrong on our side while reading this PDF, and nothing was stored. Upload it again in a moment.'
const VERSION_WAITS = 'A new version imported earlier still waits for an editor (Review › Changes), so this one was not stored. Once it is published or withdrawn, upload the PDF again.'

type Outcome = { status: 'STORED'; sourceId: string; snapshotId: string } | { status: 'UNCHANGED'; sourceId: string } | { status: 'FAILED'; error: string }

const alreadyImported = (existing: { version: number; source: { title: string } }) =>
  `This PDF's text is already imported, as version ${existing.version} of “${existing.source.title}”. Nothing new was stored.`

/** A file name as a title: "dig-report_2024.pdf" reads "dig report 2024". */
const titleFromFileName = (fileName: string) => fileName.replace(/\.pdf$/i, '').replace(/[_-]+/g, ' ').trim().slice(0, 300) || 'Untitled PDF'

export async function runUpload(run: JobRun<UploadJobData>): Promise<void> {
  const db = getDb()
  const capture = await db.capture.findUnique({
    where: { id: run.data.captureId },
    select: { id: true, purpose: true, status: true, upload: true, fileName: true, requestedBy: { select: { id: true, role: true, disabledAt: true } } },
  })
  // Already finished (a job retried after it stored or failed): nothing to do.
  if (capture?.purpose !== 'UPLOAD' || capture.upload === null || (capture.status !== 'QUEUED' && capture.status !== 'READING')) return
  const end = (data: { status: 'STORED' | 'UNCHANGED' | 'FAILED'; error?: string; sourceId?: string; snapshotId?: string }) =>
    db.capture.update({ where: { id: capture.id }, data: { ...data, upload: null } })
  const asker = capture.requestedBy
  if (asker === null || asker.disabledAt !== null || !can(asker.role, 'source.import')) return void (await end({ status: 'FAILED', error: NO_LONGER_ALLOWED }))

  const progress = readingProgress(db, capture.id)
  await progress.onReading()
  let content: ReadContent
  try {
    content = await readPdfContent(new Uint8Array(capture.upload), { fileName: capture.fileName, onProgress: progress.onProgress })
    await progress.written()
  } catch (error) {
    if (error instanceof ImportError) return void (await end({ status: 'FAILED', error: error.message }))
    // Worth another try; on the last, the reviewer is told.
    if (run.isLastTry) await end({ status: 'FAILED', error: OUR_FAULT })
    throw error
  }
  const fileName = capture.fileName ?? 'document.pdf'
  const outcome = await db.$transaction(
    (tx): Promise<Outcome> => ('details' in run.data ? storeSource(tx, run.data.details, content, fileName, asker.id) : storeVersion(tx, run.data.sourceId, content, asker.id, capture.id)),
    { timeout: 60_000 },
  )
  await end(outcome)
}

async function storeSource(tx: DbTransaction, details: UploadDetails, content: ReadContent, fileName: string, actorId: string): Promise<Outcome> {
  const existing = await findSnapshotByText(tx, content.text)
  if (existing) return { status: 'FAILED', error: alreadyImported(existing) }
  const stored = await createSource(
    tx,
    {
      ...details,
      // The form's details win; what the PDF says about itself fills the blanks.
      title: details.title ?? content.title ?? titleFromFileName(fileName),
      author: details.author ?? content.author ?? null,
      publishedOn: details.publishedOn ? new Date(`${details.publishedOn}T00:00:00Z`) : null,
    },
    content,
    actorId,
  )
  return { status: 'STORED', sourceId: stored.sourceId, snapshotId: stored.snapshotId }
}

async function storeVersion(tx: DbTransaction, sourceId: string, content: ReadContent, actorId: string, captureId: string): Promise<Outcome> {
  const existing = await findSnapshotByText(tx, content.text)
  if (existing && existing.source.id !== sourceId) return { status: 'FAILED', error: alreadyImported(existing) }
  try {
    const saved = await saveSourceVersion(tx, sourceId, content, actorId, { captureId })
    if (saved.status === 'unchanged') return { status: 'UNCHANGED', sourceId }
    return { status: 'STORED', sourceId, snapshotId: saved.snapshotId }
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return { status: 'FAILED', error: VERSION_WAITS }
    if (error instanceof AppError && error.code === 'not-found') return { status: 'FAILED', error: 'The source this PDF was uploaded to has been deleted, so it was not stored.' }
    throw error
  }
}
