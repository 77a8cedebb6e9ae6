export { capturePolicy, checkAddress, checkIp, redirectTarget, type AddressPolicy } from './address-policy'
export { CaptureError, type CaptureFailure } from './capture-error'
export { decodeBody, type DecodedBody } from './decode-body'
export {
  CAPTURE_LIMITS,
  fetchPage,
  guardedLookup,
  type CaptureLimits,
  type FetchedPage,
  type FetchedStatus,
  type FetchOutcome,
  type FetchPageOptions,
  type LookupHost,
  type ResolvedAddress,
} from './fetch-page'
export { CAPTURE_MEDIA_TYPES, parseContentType, type CaptureMediaType, type PageContent } from './page-content'
export { isSamePage, pageIdentity } from './same-page'
