import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'

import { readFrontMatter, type FrontMatter } from './front-matter'

export type MarkdownText = { text: string; meta: FrontMatter }

const TAG = /<[^>]*>/g
const COMMENT = /<!--[\s\S]*?-->/g
const LINE_BREAK = /<br\s*\/?>/gi

/** Words of an inline run. A soft line break in the source is a space on the rendered page. */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/[ \t]*\n[ \t]*/g, ' ')
    case 'inlineCode':
      return node.value
    case 'break':
      return '\n'
    // Raw HTML renders as its text: `<sup>1</sup>` shows "1", `<br>` a line break, a comment nothing.
    case 'html':
      return node.value.replace(COMMENT, '').replace(LINE_BREAK, '\n').replace(TAG, '')
    // Images and their references are pictures, not words, as on the HTML path.
    case 'image':
    case 'imageReference':
      return ''
    default:
      return 'children' in node ? node.children.map(inline).join('') : ''
  }
}

/** Text of one block; list items become lines, other blocks paragraphs. */
function block(node: Nodes): string {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      return node.children.map(block).filter(Boolean).join('\n\n')
    // A loose item's paragraphs are still one entry of the list, so lines, not paragraphs.
    case 'list':
    case 'listItem':
      return node.children.map(block).filter(Boolean).join('\n')
    case 'code':
      return node.value
    case 'html':
    case 'paragraph':
    case 'heading':
      // A hard break leaves the soft break that followed it as a space at the next line's start.
      return inline(node).replace(/ *\n */g, '\n').trim()
    default:
      return ''
  }
}

function firstHeading(root: Root): string | undefined {
  const first = root.children[0]
  return first?.type === 'heading' && first.depth === 1 ? inline(first).trim() || undefined : undefined
}

/**
 * The plain text a reader of the rendered Markdown sees: no markup, link targets, images or
 * front matter; blocks separated by a blank line, list items one per line. A leading `# Title`
 * (or front matter `title:`) also becomes `meta.title`. CommonMark only: GFM tables and
 * strikethrough read as their literal text.
 */
export function markdownToText(markdown: string): MarkdownText {
  const { meta, body } = readFrontMatter(markdown)
  const root = fromMarkdown(body)
  const title = meta.title ?? firstHeading(root)
  return { text: block(root), meta: title === undefined ? meta : { ...meta, title } }
}
