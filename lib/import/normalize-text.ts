// Invisible characters a reader never sees but an exact-match quote would trip over. ZWJ and ZWNJ
// stay: they change how emoji and some scripts render, so removing them changes the text.
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g
// Every C0/C1 control except newline; tabs and line breaks are converted before this runs.
const CONTROL = /(?!\n)\p{Cc}/gu
const TRAILING_SPACE = /[^\S\n]+$/gm

/**
 * The one normalisation every import goes through (pasted, .txt, .md, .html), so the same words
 * give the same snapshot, the same hash and the same quote offsets whatever the route in:
 * well-formed UTF-16 (a lone surrogate would not survive the UTF-8 round trip to the database),
 * LF line ends, tabs as spaces, no invisible or control characters, NFC, no trailing spaces on a
 * line, at most one blank line between paragraphs, no leading or trailing blank space.
 * Idempotent: normalizeText(normalizeText(x)) === normalizeText(x).
 */
export function normalizeText(input: string): string {
  return (
    input
      .toWellFormed()
      .replace(/\r\n?|[\v\f\u2028]/g, '\n')
      .replace(/\u2029/g, '\n\n')
      .replace(/\t/g, ' ')
      .replace(INVISIBLE, '')
      .replace(CONTROL, '')
      // After the removals, so a combining mark that was cut off from its letter joins it.
      .normalize('NFC')
      .replace(TRAILING_SPACE, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  )
}

/** A metadata value (title, byline) as one normalised line, or null when nothing is left. */
export function normalizeLine(value: string | null | undefined): string | null {
  const line = normalizeText((value ?? '').replace(/\s+/g, ' '))
  return line === '' ? null : line
}
