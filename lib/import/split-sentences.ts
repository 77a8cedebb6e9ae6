export type Span = { start: number; end: number }

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' })

// V8's Intl.Segmenter has no abbreviation suppressions (the ICU "ss" key is ignored), so it ends
// a sentence at every "U.S." or "Gen." followed by a capital. Sentences cut after one of these
// are joined to what follows. Company suffixes and "etc." are left out: they end sentences often.
const ABBREVIATION = new RegExp(
  String.raw`(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Atty|Prof|` +
    String.raw`Rev|Hon|St|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)$`,
)
/** Whitespace and a list bullet before the first word; a quote should start at a word. */
const LEAD = /^\s*(?:[•◦▪‣·*–—-]\s+)?/

/**
 * Segmenting one long string takes time quadratic in its length in V8 (a 130,000-character
 * article: half a second; 680,000: six), so the text is segmented a piece at a time. A line break
 * ends a sentence anyway, so each line is a piece; a line over PIECE_LENGTH is cut after its last
 * sentence end (or else its last space) before the limit.
 */
const PIECE_LENGTH = 4_000
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/g

function pieceEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset)
  const lineEnd = newline === -1 ? text.length : newline + 1
  if (lineEnd - offset <= PIECE_LENGTH) return lineEnd
  const window = text.slice(offset, offset + PIECE_LENGTH)
  let cut = window.lastIndexOf(' ') + 1
  for (const end of window.matchAll(SENTENCE_END)) cut = end.index + end[0].length
  // No space in 4,000 characters: cut anywhere but inside a surrogate pair.
  if (cut <= 0) cut = /[\uD800-\uDBFF]$/.test(window) ? PIECE_LENGTH - 1 : PIECE_LENGTH
  return offset + cut
}

/**
 * Sentence spans of `text` as UTF-16 offsets, trimmed of surrounding whitespace and bullets, in
 * order. A line break always ends a sentence, so headings and list items stand alone.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let cut: Span | null = null
  for (let offset = 0, end = 0; offset < text.length; offset = end) {
    end = pieceEnd(text, offset)
    for (const { segment, index } of SEGMENTER.segment(text.slice(offset, end))) {
      const body = segment.trimEnd()
      const lead = LEAD.exec(body)?.[0].length ?? 0
      if (lead === body.length) continue
      const start = offset + index
      const span: Span = { start: cut?.start ?? start + lead, end: start + body.length }
      const isCut = ABBREVIATION.test(body) && !segment.slice(body.length).includes('\n')
      cut = isCut ? span : null
      if (!isCut) spans.push(span)
    }
  }
  // A text that ends on "U.S." still ends there.
  if (cut !== null) spans.push(cut)
  return spans
}
