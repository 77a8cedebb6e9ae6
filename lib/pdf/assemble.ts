// A document's running lines, page by page, made into one snapshot text: lines of a paragraph
// joined with a space (a table's rows one to a line), split words mended, paragraphs separated by
// a blank line, a paragraph that runs on over a page break kept whole, and where each page starts.
import { documentWords, shouldMend } from './hyphenation'
import type { Line } from './layout'

export type AssemblyPage = { lines: Line[] }

/** Where each page's running text lies in the text: [start, end), in UTF-16 code units. */
export type PageSpan = { start: number; end: number }

// A gap between lines wider than the usual leading by this factor starts a paragraph.
const PARAGRAPH_GAP = 1.4
// A first line indented by more than this (in ems) from the one above starts a paragraph.
const INDENT = 1
// Sizes further apart than this (as a fraction) are a heading and its text.
const SIZE_CHANGE = 0.1

/**
 * The usual distance from one baseline to the next, in ems, over the whole document: one page
 * may hold only one-line paragraphs, whose gaps are all paragraph breaks. In ems, so that text in
 * other sizes (and OCR's lines, whose sizes vary by a point or so) is measured alike.
 */
function usualLeading(pages: AssemblyPage[]): number {
  const ratios: number[] = []
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const next = page.lines[i + 1]
      if (!next || Math.abs(next.size - line.size) > SIZE_CHANGE * line.size) return
      const ratio = (next.y - line.y) / line.size
      if (ratio > 0.8 && ratio < 3) ratios.push(ratio)
    })
  }
  // The lower quartile: paragraph gaps may be as many as the line gaps in a short document.
  return ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 4)] ?? 1.2
}

function startsParagraph(previous: Line, line: Line, leading: number): boolean {
  if (Math.abs(line.size - previous.size) > SIZE_CHANGE * Math.max(line.size, previous.size)) return true
  const gap = line.y - previous.y
  // Back up the page: the next column (where a paragraph may go on, as it may on the next page),
  // or text the PDF draws out of order.
  if (gap <= 0) return !continuesAfterBreak(previous, line)
  if (gap > PARAGRAPH_GAP * leading * previous.size) return true
  return line.x - previous.x > INDENT * line.size && !line.isTableRow && !previous.isTableRow
}

const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/u
const STARTS_LOWER = /^\p{Ll}/u

/**
 * The first line of a page (or column) goes on with the paragraph of the last line before it: that
 * one stops without a full stop and this one starts in lower case (or ends a split word), in the
 * same size of type.
 */
function continuesAfterBreak(last: Line, first: Line): boolean {
  if (last.isTableRow || first.isTableRow) return false
  if (Math.abs(first.size - last.size) > SIZE_CHANGE * Math.max(first.size, last.size)) return false
  return !ENDS_SENTENCE.test(last.text) && (STARTS_LOWER.test(first.text) || /\p{L}-$/u.test(last.text))
}

type Joiner = (previous: Line, next: Line) => { trimEnd: number; separator: string }

// A dash at the end of a line, right after a word: "pro-", "U.S.-", "2023–".
const DASH_AT_END = /(\S+?)([-‐–—])$/u
const FIRST_WORD = /^[^\s,.;:!?)\]"”’]+/u
const OPENING = /^[("'“‘[]+/u

function joiner(words: Set<string>): Joiner {
  return (previous, next) => {
    if (previous.isTableRow || next.isTableRow) return { trimEnd: 0, separator: '\n' }
    const dash = DASH_AT_END.exec(previous.text)
    const right = FIRST_WORD.exec(next.text)?.[0]
    if (!dash || !right) return { trimEnd: 0, separator: ' ' }
    // Either one word split ("pro-" / "secutions") or a compound or range kept whole, without a
    // space: "well-known", "U.S.-Mexico", "2023–24".
    const isHyphen = dash[2] === '-' || dash[2] === '‐'
    const isMended = isHyphen && (previous.hasSoftHyphen || shouldMend(dash[1]!.replace(OPENING, ''), right, words))
    return { trimEnd: isMended ? 1 : 0, separator: '' }
  }
}

/**
 * The text and each page's span. A page with no running text has an empty span where it falls.
 * The text is normalised as normalizeText leaves it (each line already is; only single spaces,
 * line breaks and blank lines are put between them).
 */
export function assembleText(pages: AssemblyPage[]): { text: string; spans: PageSpan[] } {
  const leading = usualLeading(pages)
  const join = joiner(documentWords(pages.flatMap((page) => page.lines.map((line) => line.text))))
  // Built as parts, not by slicing a growing string: a mended hyphen trims the part before.
  const parts: string[] = []
  let length = 0
  let last: Line | null = null
  const spans: PageSpan[] = []
  for (const page of pages) {
    let start: number | null = null
    for (const [i, line] of page.lines.entries()) {
      const previous = page.lines[i - 1]
      if (last !== null) {
        const isSameParagraph = previous ? !startsParagraph(previous, line, leading) : continuesAfterBreak(last, line)
        const { trimEnd, separator } = isSameParagraph ? join(last, line) : { trimEnd: 0, separator: '\n\n' }
        if (trimEnd > 0) parts[parts.length - 1] = parts.at(-1)!.slice(0, -trimEnd)
        parts.push(separator)
        length += separator.length - trimEnd
      }
      start ??= length
      parts.push(line.text)
      length += line.text.length
      last = line
    }
    spans.push({ start: start ?? length, end: length })
  }
  const text = parts.join('')
  // A page whose last word was mended with the next page's first ends where the next one starts
  // (the hyphen is gone); so may an empty page after it.
  let limit = text.length
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!
    span.end = Math.min(span.end, limit)
    span.start = Math.min(span.start, span.end)
    limit = span.start
  }
  return { text, spans }
}
