// The words for a capture's state and purpose.
import type { CapturePurpose, CaptureStatus } from '../generated/prisma/enums'

export const CAPTURE_STATUS_LABELS: Record<CaptureStatus, string> = {
  QUEUED: 'Waiting for a worker',
  FETCHING: 'Fetching and reading the page',
  STORED: 'Stored',
  UNCHANGED: 'Unchanged',
  GONE: 'The page is gone',
  MOVED: 'The address now leads elsewhere',
  FAILED: 'Not captured',
}

export const CAPTURE_PURPOSE_LABELS: Record<CapturePurpose, string> = {
  IMPORT: 'Capture',
  RECHECK: 'Re-check',
}

/** Still to finish: its page keeps asking until it is not. */
export const isUnderway = (capture: { status: CaptureStatus }) => capture.status === 'QUEUED' || capture.status === 'FETCHING'
