// Atom 1.0 (RFC 4287), written here rather than with the `feed` package: our feed's structure is
// fixed and small, so the only hard part is escaping, and that is two short functions that
// atom.test.ts checks by parsing what they produce (with fast-xml-parser), control characters and
// lone surrogates included. A dependency would bring more code than it saves and its own choices
// about ids and dates. No database or Next.js imports: the route hands in plain data.

export type AtomEntry = {
  /** A permanent IRI for the entry; never reused for another entry. */
  id: string
  title: string
  /** The alternate (HTML) page for the entry, absolute. */
  link: string
  published: Date
  updated: Date
  summary: string
  categories?: string[]
}

export type AtomFeed = {
  id: string
  title: string
  subtitle?: string
  /** The site's home page, absolute. */
  siteUrl: string
  /** The feed's own address, absolute. */
  selfUrl: string
  authorName: string
  /** When the feed last changed; the newest entry's update when there is one. */
  updated: Date
  entries: AtomEntry[]
}

// XML 1.0 allows tab, newline, carriage return and U+0020 up to U+10FFFF, less the surrogate block
// and U+FFFE/U+FFFF. With the `u` flag a lone surrogate is one code point outside every range here.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text safe inside an element or a double- or single-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}

/** An RFC 3339 date-time, as Atom wants it (UTC, with milliseconds dropped). */
export function atomDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * A tag: URI (RFC 4151), e.g. `tag:claimtrail.org,2026:claim/some-slug/verdict/2`. The authority is
 * the site's host name (without a port, which the tag grammar does not allow).
 */
export function tagUri(siteUrl: string, year: number, specific: string): string {
  return `tag:${new URL(siteUrl).hostname},${year}:${specific}`
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title)}`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    ${element('published', atomDate(entry.published))}`,
    `    ${element('updated', atomDate(entry.updated))}`,
    ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n')
}

export function buildAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle)}`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  ${element('updated', atomDate(feed.updated))}`,
    `  <author>${element('name', feed.authorName)}</author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n')
}
