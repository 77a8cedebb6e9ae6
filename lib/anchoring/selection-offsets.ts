// Maps a selection in the source reader to UTF-16 offsets in the snapshot text. The reader renders
// the text as segments (runs between quote boundaries), each carrying `data-start`, its offset in
// the snapshot; a DOM point is that offset plus the characters before it inside its segment. What
// the reader shows between segments that is no part of the text (a PDF's page markers) carries
// OUTSIDE_TEXT_ATTRIBUTE and counts for nothing: a point inside it is taken to be just before it. Only
// the DOM's standard Node interface is used, so the mapping is tested with linkedom.
import { splitsSurrogatePair } from './text-boundaries'

export const SEGMENT_START_ATTRIBUTE = 'data-start'
export const OUTSIDE_TEXT_ATTRIBUTE = 'data-outside-text'

const TEXT_NODE = 3

export type TextRange = { start: number; end: number }

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE
}

function segmentStart(node: Node): number | null {
  if (node.nodeType !== 1) return null
  const value = (node as Element).getAttribute(SEGMENT_START_ATTRIBUTE)
  return value === null ? null : Number(value)
}

function isOutsideText(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(OUTSIDE_TEXT_ATTRIBUTE)
}

/** Characters of snapshot text inside `node`. */
function textLength(node: Node): number {
  if (isText(node)) return node.data.length
  return isOutsideText(node) ? 0 : [...node.childNodes].reduce((sum, child) => sum + textLength(child), 0)
}

/** Characters of text that come before `node` inside `ancestor`, in document order. */
function textBefore(ancestor: Node, node: Node): number {
  let count = 0
  for (let current: Node = node; current !== ancestor && current.parentNode; current = current.parentNode) {
    for (let sibling = current.previousSibling; sibling; sibling = sibling.previousSibling) count += textLength(sibling)
  }
  return count
}

/** The offset a point inside `node` is at, counted from the start of `node`. */
function offsetWithin(node: Node, offset: number): number {
  if (isText(node)) return offset
  return [...node.childNodes].slice(0, offset).reduce((sum, child) => sum + textLength(child), 0)
}

function ancestors(node: Node): Node[] {
  const chain: Node[] = []
  for (let current: Node | null = node; current; current = current.parentNode) chain.unshift(current)
  return chain
}

/**
 * Whether a point outside `root` comes before it in the document. Walks the tree rather than
 * using compareDocumentPosition, which linkedom gets wrong for text nodes.
 */
function precedes(node: Node, offset: number, root: Node): boolean {
  const path = ancestors(node)
  const rootPath = ancestors(root)
  let depth = 0
  while (path[depth + 1] && path[depth + 1] === rootPath[depth + 1]) depth++
  const common = path[depth]!
  const rootBranch = [...common.childNodes].indexOf(rootPath[depth + 1] as ChildNode)
  // The point is a child index of an ancestor of root: before root unless it is past root's branch.
  if (common === node) return offset <= rootBranch
  return [...common.childNodes].indexOf(path[depth + 1] as ChildNode) < rootBranch
}

/**
 * The snapshot offset of a DOM point (a Range boundary). A point before the reader's text maps to
 * 0 and one after it to `length`, so a selection dragged past either end is clipped to the text.
 */
export function pointToOffset(root: Node, node: Node, offset: number, length: number): number {
  if (!root.contains(node)) return precedes(node, offset, root) ? 0 : length
  // A point inside a page marker is where the marker is.
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (isOutsideText(current)) [node, offset] = [current.parentNode!, [...current.parentNode!.childNodes].indexOf(current as ChildNode)]
  }
  if (node === root) {
    const next = [...root.childNodes].slice(offset).map(segmentStart).find((start) => start !== null)
    return next ?? length
  }
  let segment: Node = node
  while (segment.parentNode !== root && segmentStart(segment) === null) segment = segment.parentNode!
  const start = segmentStart(segment) ?? 0
  const position = start + textBefore(segment, node) + offsetWithin(node, offset)
  return Math.min(Math.max(position, 0), length)
}

/**
 * Narrows [start, end) to drop the whitespace a double-click or drag tends to take along, and
 * widens it to whole characters. Null when nothing but whitespace is left.
 */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let from = Math.max(0, Math.min(start, end))
  let to = Math.min(text.length, Math.max(start, end))
  while (from < to && /\s/.test(text[from]!)) from++
  while (to > from && /\s/.test(text[to - 1]!)) to--
  if (from >= to) return null
  if (splitsSurrogatePair(text, from)) from--
  if (splitsSurrogatePair(text, to)) to++
  return { start: from, end: to }
}

/** The snapshot range a DOM range covers, trimmed; null when it holds none of the text. */
export function rangeToOffsets(
  root: Node,
  range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
  text: string,
): TextRange | null {
  const start = pointToOffset(root, range.startContainer, range.startOffset, text.length)
  const end = pointToOffset(root, range.endContainer, range.endOffset, text.length)
  return trimRange(text, start, end)
}
