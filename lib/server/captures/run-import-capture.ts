// The capture job's work (lib/jobs/capture-source.ts): fetch the address a reviewer gave, read the
// page (a PDF page by page, a scan by OCR), and store it as a new source with its original, in the
// reviewer's name. Each step is written to the capture's row, which the reviewer's page follows. A
// refusal or an answer that will not change (a 404, a private address, an encrypted PDF) ends the
// capture at once; a site that is down or
// slow is tried again with backoff, and the capture fails, saying why, after the last try.
import { fetchPage, type FetchPageOptions } from '../../capture'
import { can } from '../../auth/permissions'
import { getDb } from '../../db'
import type { JobRun } from '../../jobs/work'
import { createSource, findSnapshotByText } from '../sources/create-source'
import { endOnError, PassingTrouble } from './capture-failure'
import { capturedAnswer, isPassingTrouble } from './captured-answer'
import { readCapturedPage } from './read-page'
import { readingProgress } from './reading-progress'
import type { CaptureJobData } from './request-capture'

export async function runImportCapture(run: JobRun<CaptureJobData>, fetchOptions: FetchPageOptions = {}): Promise<void> {
  const db = getDb()
  const capture = await db.capture.findUnique({
    where: { id: run.data.captureId },
    select: { id: true, status: true, requestedUrl: true, requestedBy: { select: { id: true, role: true, disabledAt: true } } },
  })
  // Already finished (a job retried after it stored): nothing to do.
  if (capture?.requestedUrl == null || (capture.status !== 'QUEUED' && capture.status !== 'FETCHING' && capture.status !== 'READING')) return
  const fail = (error: string, answer = {}) => db.capture.update({ where: { id: capture.id }, data: { status: 'FAILED', error, ...answer } })
  const asker = capture.requestedBy
  if (asker === null || asker.disabledAt !== null || !can(asker.role, 'source.import')) {
    await fail('The account that asked for this capture may no longer import sources, so nothing was fetched.')
    return
  }
  await db.capture.update({ where: { id: capture.id }, data: { status: 'FETCHING' } })
  try {
    const outcome = await fetchPage(capture.requestedUrl!, fetchOptions)
    const answer = capturedAnswer(outcome)
    if (outcome.kind === 'http-status') {
      if (isPassingTrouble(outcome.status) && !run.isLastTry) throw new PassingTrouble(outcome.message)
      await fail(outcome.message, answer)
      return
    }
    const progress = readingProgress(db, capture.id)
    const content = await readCapturedPage(outcome, progress)
    await progress.written()
    const host = new URL(outcome.finalUrl).hostname.replace(/^www\./, '')
    const details = {
      title: (content.title ?? `${host}${new URL(outcome.finalUrl).pathname.replace(/\/$/, '')}`).slice(0, 300),
      kind: run.data.kind ?? 'NEWS_ARTICLE',
      publisher: (content.publisher ?? host).slice(0, 200),
      author: content.author?.slice(0, 200) ?? null,
      url: content.canonicalUrl ?? outcome.finalUrl,
      publishedOn: content.publishedOn ? new Date(`${content.publishedOn}T00:00:00Z`) : null,
    }
    await db.$transaction(
      async (tx) => {
        const existing = await findSnapshotByText(tx, content.text)
        if (existing) {
          const error = `This page's text is already imported, as version ${existing.version} of “${existing.source.title}”. Nothing new was stored.`
          await tx.capture.update({ where: { id: capture.id }, data: { status: 'FAILED', error, ...answer } })
          return
        }
        const stored = await createSource(tx, details, content, asker.id)
        await tx.capture.update({ where: { id: capture.id }, data: { status: 'STORED', sourceId: stored.sourceId, snapshotId: stored.snapshotId, ...answer } })
      },
      { timeout: 60_000 },
    )
  } catch (error) {
    await endOnError(error, run, fail)
  }
}
