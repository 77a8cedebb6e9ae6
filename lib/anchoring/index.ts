export { anchorQuote, fuzzyErrorBudget } from './anchor-quote'
export { DEFAULT_CONTEXT_LENGTH, assertQuoteRange, describeQuote } from './describe-quote'
export { QuoteLookupError, findUniqueQuote, type QuoteLookupFailure } from './find-unique-quote'
export type {
  AnchorResult,
  AnchorStatus,
  QuoteAnchor,
  TextPositionSelector,
  TextQuoteSelector,
} from './types'
