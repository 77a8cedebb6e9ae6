// The re-check job's work (lib/jobs/recheck-source.ts): fetch a watched source's address again and
// record what came of it on the capture's row (docs/decisions/024):
// - GONE: the address answers 404 or 410;
// - MOVED: it redirects to another page (lib/capture/same-page.ts), which is not stored;
// - UNCHANGED: the bytes are those of the version held, or the text read from them is a version's;
// - STORED: the text changed, and is saved as the source's next version the way an import's is
//   (saveSourceVersion): adopted with its quotes re-anchored, or, for a public source, pending and
//   proposed in the asker's name, or in no one's for the schedule, until an editor publishes it;
// - FAILED, saying why: a refusal at once, a site that is down or busy after the last try.
// An empty or unreadable page is a failure, never a new version.
import { fetchPage, isSamePage, type FetchedPage, type FetchPageOptions } from '../../capture'
import { can } from '../../auth/permissions'
import { getDb, type Db, type DbTransaction } from '../../db'
import { AppError } from '../../errors'
import type { JobRun } from '../../jobs/work'
import { audit } from '../audit/audit-log'
import { saveSourceVersion } from '../sources/save-source-version'
import { endOnError, PassingTrouble } from './capture-failure'
import { capturedAnswer, isPassingTrouble } from './captured-answer'
import { capturedMediaType, readCapturedPage } from './read-page'
import { readingProgress } from './reading-progress'
import type { RecheckJobData } from './request-recheck'

const NO_LONGER_ALLOWED = 'The account that asked for this re-check may no longer re-check sources, so nothing was fetched.'
const NO_LONGER_WATCHED = 'The source was no longer watched when its scheduled re-check came up, so nothing was fetched.'
const VERSION_WAITS =
  'The page changed, but the new version an earlier re-check or import found still waits for an editor (Review › Changes), so nothing was stored. Once it is published or withdrawn, re-check again.'

type Found = { status: 'UNCHANGED' | 'GONE' | 'MOVED' } | { status: 'STORED'; snapshotId: string; version: number; changeId: string | null }
type Answer = ReturnType<typeof capturedAnswer>
type Recheck = { id: string; sourceId: string; actorId: string | null }

export async function runRecheck(run: JobRun<RecheckJobData>, fetchOptions: FetchPageOptions = {}): Promise<void> {
  const db = getDb()
  const capture = await db.capture.findUnique({
    where: { id: run.data.captureId },
    select: { id: true, status: true, purpose: true, requestedUrl: true, sourceId: true, source: { select: { isWatched: true } }, requestedBy: { select: { id: true, role: true, disabledAt: true } } },
  })
  // Gone with its source, or already finished (a job retried after it recorded): nothing to do.
  if (capture?.purpose !== 'RECHECK' || !capture.requestedUrl || !capture.sourceId || !capture.source || (capture.status !== 'QUEUED' && capture.status !== 'FETCHING' && capture.status !== 'READING')) return
  let answer: Partial<Answer> = {}
  const fail = (error: string) => db.capture.update({ where: { id: capture.id }, data: { status: 'FAILED', error, ...answer } })
  const asker = capture.requestedBy
  if (asker ? asker.disabledAt !== null || !can(asker.role, 'source.watch') : !capture.source.isWatched) {
    await fail(asker ? NO_LONGER_ALLOWED : NO_LONGER_WATCHED)
    return
  }
  const recheck: Recheck = { id: capture.id, sourceId: capture.sourceId, actorId: asker?.id ?? null }
  const address = capture.requestedUrl
  await db.capture.update({ where: { id: capture.id }, data: { status: 'FETCHING' } })
  try {
    const outcome = await fetchPage(address, fetchOptions)
    const fetched = capturedAnswer(outcome)
    answer = fetched
    const record = (found: Found) => db.$transaction((tx) => finish(tx, recheck, found, fetched))
    if (outcome.kind === 'http-status') {
      if (outcome.status === 404 || outcome.status === 410) return void (await record({ status: 'GONE' }))
      if (isPassingTrouble(outcome.status) && !run.isLastTry) throw new PassingTrouble(outcome.message)
      return void (await fail(outcome.message))
    }
    if (!isSamePage(outcome.requestedUrl, outcome.finalUrl)) return void (await record({ status: 'MOVED' }))
    // The very bytes a version was read from: its text would read the same, so it is not read again.
    if (await holdsBytes(db, recheck.sourceId, outcome)) return void (await record({ status: 'UNCHANGED' }))
    const progress = readingProgress(db, capture.id)
    const content = await readCapturedPage(outcome, progress)
    await progress.written()
    await db.$transaction(
      async (tx) => {
        const saved = await saveSourceVersion(tx, recheck.sourceId, content, recheck.actorId, { captureId: recheck.id, ...(recheck.actorId ? {} : { via: 'watch schedule' }) })
        const found: Found = saved.status === 'unchanged' ? { status: 'UNCHANGED' } : { status: 'STORED', snapshotId: saved.snapshotId, version: saved.version, changeId: saved.status === 'pending' ? saved.changeId : null }
        await finish(tx, recheck, found, fetched)
      },
      { timeout: 60_000 },
    )
  } catch (error) {
    // saveSourceVersion's refusal: a version proposed earlier waits for an editor.
    if (error instanceof AppError && error.code === 'conflict') return void (await fail(VERSION_WAITS))
    await endOnError(error, run, fail)
  }
}

/** Whether the source's newest version, or the one it is read in, was read from exactly these bytes. */
async function holdsBytes(db: Db, sourceId: string, page: FetchedPage): Promise<boolean> {
  // At most one version waits for an editor at a time, so the two newest hold the one read now.
  const newest = await db.sourceSnapshot.findMany({ where: { sourceId }, orderBy: { version: 'desc' }, take: 2, select: { original: { select: { sha256: true, mediaType: true } } } })
  return newest.some(({ original }) => original?.sha256 === page.sha256 && original.mediaType === capturedMediaType(page))
}

/**
 * Writes what the re-check found, with an audit entry for anything but "unchanged". A page that is
 * still gone, or still moved to the same address, as the source's previous re-check found it, is
 * recorded as seen already: the "Changed sources" queue names each vanishing or move once.
 */
async function finish(tx: DbTransaction, recheck: Recheck, found: Found, answer: Answer) {
  const previous = found.status === 'GONE' || found.status === 'MOVED'
    ? await tx.capture.findFirst({
        where: { sourceId: recheck.sourceId, purpose: 'RECHECK', id: { not: recheck.id }, status: { in: ['STORED', 'UNCHANGED', 'GONE', 'MOVED'] } },
        orderBy: { createdAt: 'desc' },
        select: { status: true, finalUrl: true },
      })
    : null
  const isRepeat = previous?.status === found.status && (found.status === 'GONE' || previous.finalUrl === answer.finalUrl)
  const snapshotId = found.status === 'STORED' ? found.snapshotId : null
  await tx.capture.update({ where: { id: recheck.id }, data: { status: found.status, snapshotId, error: null, ...answer, reviewedAt: isRepeat ? new Date() : null } })
  if (found.status === 'UNCHANGED') return
  await audit(tx, {
    actorId: recheck.actorId,
    action: 'source.recheck',
    entityType: 'Source',
    entityId: recheck.sourceId,
    after: { captureId: recheck.id, ...found, finalUrl: answer.finalUrl, httpStatus: answer.httpStatus, isRepeat, ...(recheck.actorId ? {} : { via: 'watch schedule' }) },
  })
}
