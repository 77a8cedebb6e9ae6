/** W3C Web Annotation TextQuoteSelector: the quoted words plus a little context either side. */
export type TextQuoteSelector = { exact: string; prefix: string; suffix: string }

/** W3C TextPositionSelector: UTF-16 code unit offsets into the snapshot text, end exclusive. */
export type TextPositionSelector = { start: number; end: number }

/** What we store for every quote: both selectors, so either can rescue the other. */
export type QuoteAnchor = TextQuoteSelector & TextPositionSelector

/** Mirrors the Prisma `AnchorStatus` enum; keep the names identical. */
export type AnchorStatus = 'ANCHORED' | 'FUZZY' | 'ORPHANED'

export type AnchorResult =
  | { status: 'ANCHORED'; start: number; end: number; method: 'position' | 'quote' }
  | { status: 'FUZZY'; start: number; end: number; method: 'fuzzy'; score: number }
  | { status: 'ORPHANED' }
