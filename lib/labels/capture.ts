// The words for captures (of a web address, or an uploaded PDF read by a job): why each was made,
// where it is, what came of it.
import type { CapturePurpose, CaptureStatus } from '../generated/prisma/enums'

/** Who asked for what nobody asked for: a watched source's scheduled re-check. */
export const WATCH_SCHEDULE = 'the watch schedule'

export const CAPTURE_PURPOSE_LABELS: Record<CapturePurpose, string> = {
  IMPORT: 'Import',
  RECHECK: 'Re-check',
  UPLOAD: 'Upload',
}

export const CAPTURE_STATUS_LABELS: Record<CaptureStatus, string> = {
  QUEUED: 'Waiting for a worker',
  FETCHING: 'Fetching',
  READING: 'Reading the PDF',
  STORED: 'Stored',
  UNCHANGED: 'Unchanged',
  GONE: 'Page gone',
  MOVED: 'Page moved',
  FAILED: 'Failed',
}

/** What a re-check in the "Changed sources" queue found, in a sentence. */
export const CHANGE_FOUND: Record<'STORED' | 'GONE' | 'MOVED', string> = {
  STORED: 'Its text changed: a new version was stored.',
  GONE: 'The page is gone: its address answers that it is not there.',
  MOVED: 'The page moved: its address now redirects to another page, which was not stored.',
}

/** The person who proposed a change or asked for a capture, or the watch schedule when nobody did. */
export const askerName = (requestedBy: { name: string } | null): string => requestedBy?.name ?? WATCH_SCHEDULE

type Outcome = { status: CaptureStatus; httpStatus: number | null; finalUrl: string | null; error: string | null; snapshot: { version: number } | null }

/** What came of a capture beyond its status, in a few words; null when its status says it all. */
export function captureOutcome(capture: Outcome): string | null {
  if (capture.status === 'STORED') return capture.snapshot ? `version ${capture.snapshot.version}` : 'the version it found was withdrawn'
  if (capture.status === 'GONE') return `the address answered ${capture.httpStatus ?? 'that the page is not there'}`
  if (capture.status === 'MOVED') return `the address now redirects to ${capture.finalUrl ?? 'another page'}`
  if (capture.status === 'FAILED') return capture.error
  return null
}

/** A capture page's heading: what was captured. */
export const captureHeading = (capture: { purpose: CapturePurpose }) => (capture.purpose === 'UPLOAD' ? 'Upload of a PDF' : `${CAPTURE_PURPOSE_LABELS[capture.purpose]} of a web address`)

/** The steps a capture goes through, in order, for its progress: a PDF is read after it is fetched. */
export function captureSteps(capture: { purpose: CapturePurpose; status: CaptureStatus; mediaType: string | null }): CaptureStatus[] {
  if (capture.purpose === 'UPLOAD') return ['QUEUED', 'READING']
  const isPdf = capture.status === 'READING' || capture.mediaType === 'application/pdf'
  return isPdf ? ['QUEUED', 'FETCHING', 'READING'] : ['QUEUED', 'FETCHING']
}

/** OCR's progress through a scan, in words; null until OCR starts (a PDF with a text layer takes a second or two). */
export function ocrProgress(capture: { pagesRead: number | null; pageCount: number | null }): string | null {
  if (capture.pageCount === null || capture.pagesRead === null || capture.pageCount === 0) return null
  const pages = capture.pageCount === 1 ? 'scanned page' : 'scanned pages'
  return `Reading by OCR: ${capture.pagesRead} of ${capture.pageCount} ${pages} read`
}

/** Still to finish: its page keeps asking until it is not. */
export const isUnderway = (capture: { status: CaptureStatus }) => capture.status === 'QUEUED' || capture.status === 'FETCHING' || capture.status === 'READING'
