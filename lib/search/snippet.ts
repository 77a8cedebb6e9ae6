// Highlighted search snippets without HTML: PostgreSQL's ts_headline wraps each match in two
// private-use characters we choose, and the page splits on them and renders the pieces as text.
// Nothing from the database is ever rendered as markup. The query validation strips these two
// characters from what a visitor types; stored text that happens to contain them only highlights.

export const MATCH_START = '\uE000'
export const MATCH_END = '\uE001'

/** The ts_headline options that mark matches with our sentinels. */
export const HEADLINE_MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`

export type SnippetPart = { text: string; isMatch: boolean }

/** Splits a ts_headline result into plain and matched parts; stray or unbalanced markers are dropped. */
export function parseSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let isMatch = false
  let text = ''
  const flush = () => {
    if (!text) return
    const last = parts.at(-1)
    if (last && last.isMatch === isMatch) last.text += text
    else parts.push({ text, isMatch })
    text = ''
  }
  for (const char of headline) {
    if (char === MATCH_START || char === MATCH_END) {
      flush()
      isMatch = char === MATCH_START
    } else text += char
  }
  flush()
  return parts
}

/** A text with nothing highlighted, e.g. a close (trigram) match. */
export function plainSnippet(text: string): SnippetPart[] {
  return text ? [{ text, isMatch: false }] : []
}
