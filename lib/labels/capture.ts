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

/** Still to finish: its page keeps asking until it is not. */
export const isUnderway = (capture: { status: CaptureStatus }) => capture.status === 'QUEUED' || capture.status === 'FETCHING' || capture.status === 'READING'
