// Markdown saved from a browser (MarkDownload, Obsidian's web clipper) usually starts with a YAML
// block of metadata. Only flat `key: value` lines are read; anything richer is ignored, not parsed.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/

export type FrontMatter = {
  title?: string
  author?: string
  publisher?: string
  published?: string
}

const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  author: 'author',
  byline: 'author',
  publisher: 'publisher',
  site: 'publisher',
  site_name: 'publisher',
  date: 'published',
  published: 'published',
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value)
  return quoted?.[2] ?? value
}

/** Splits a leading front-matter block off `markdown`; without one, `body` is the input. */
export function readFrontMatter(markdown: string): { meta: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(markdown)
  if (match === null) return { meta: {}, body: markdown }
  const meta: FrontMatter = {}
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = FIELD.exec(line)
    const key = field?.[1] === undefined ? undefined : KEYS[field[1].toLowerCase()]
    const value = unquote(field?.[2] ?? '').trim()
    if (key !== undefined && value !== '' && meta[key] === undefined) meta[key] = value
  }
  return { meta, body: markdown.slice(match[0].length) }
}
