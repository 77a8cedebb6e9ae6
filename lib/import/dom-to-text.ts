// Turns the article element Readability keeps into paragraph text. textContent would run every
// paragraph, heading and list item together, and quotes need the text a reader sees.

/** Blocks that stand as their own paragraph, with a blank line either side. */
const PARAGRAPHS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
])
/** Blocks that take a line of their own: list entries and table rows. */
const LINES = new Set(['li', 'dt', 'dd', 'tr', 'caption'])
const CELLS = new Set(['td', 'th'])
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select'])

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/** `pending`: line breaks owed before the next words, 0, 1 (new line) or 2 (blank line). */
type Writer = { parts: string[]; pending: number; isInItem: boolean; isInPre: boolean }

/** Asks for a line break (1) or a blank line (2) before the next words; breaks never stack up. */
function requestBreak(w: Writer, lines: number): void {
  w.pending = Math.max(w.pending, w.isInItem ? Math.min(lines, 1) : lines)
}

function write(w: Writer, words: string): void {
  const last = w.parts.at(-1)
  const isLineStart = last === undefined || w.pending > 0 || last.endsWith('\n')
  const text = isLineStart || last.endsWith(' ') ? words.replace(/^ +/, '') : words
  if (text === '') return
  if (last !== undefined && w.pending > 0) w.parts.push(w.pending === 2 ? '\n\n' : '\n')
  w.pending = 0
  w.parts.push(text)
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE
}

function walk(w: Writer, node: Node): void {
  if (node.nodeType === TEXT_NODE) {
    const raw = node.textContent ?? ''
    // Outside <pre>, any run of HTML whitespace renders as one space.
    write(w, w.isInPre ? raw : raw.replace(/[ \t\n\r\f]+/g, ' '))
    return
  }
  if (!isElement(node)) return
  const tag = node.localName.toLowerCase()
  if (SKIPPED.has(tag)) return
  if (tag === 'br') {
    // Two <br> in a row is how some pages separate paragraphs (but not inside a list item).
    w.pending = Math.min(w.isInItem ? 1 : 2, w.pending + 1)
    return
  }
  const breaks = PARAGRAPHS.has(tag) ? 2 : LINES.has(tag) ? 1 : 0
  requestBreak(w, breaks)
  if (CELLS.has(tag)) write(w, ' ')
  const saved = { isInItem: w.isInItem, isInPre: w.isInPre }
  if (tag === 'li' || tag === 'dd') w.isInItem = true
  if (tag === 'pre') w.isInPre = true
  for (const child of node.childNodes) walk(w, child)
  Object.assign(w, saved)
  requestBreak(w, breaks)
}

/**
 * Text of `root` as paragraphs separated by "\n\n", list items and table rows on lines of their
 * own, inline whitespace collapsed as a browser renders it. Not yet normalised (see normalizeText).
 */
export function domToText(root: Node): string {
  const w: Writer = { parts: [], pending: 0, isInItem: false, isInPre: false }
  walk(w, root)
  return w.parts.join('')
}
