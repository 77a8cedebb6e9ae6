// What a web page says about itself, where it says it: Open Graph and article meta tags, the
// JSON-LD block of a news article (schema.org), Dublin Core and the other common meta names, the
// canonical link, and a <time> that is clearly the article's. Nothing is guessed from the layout:
// a field the page does not state is null. Values are kept as written (a date is not parsed; see
// toPublishedOn), in one normalised line.
import { normalizeLine } from './normalize-text'
import { toPublishedOn } from './published-on'

export type PageMetadata = {
  /** og:title, the JSON-LD headline, twitter:title, dc.title or <title>, without a " | Site" suffix naming the site. */
  title: string | null
  /** <meta name="author">, the JSON-LD author(s), article:author when it is a name, not a profile URL. */
  author: string | null
  /** og:site_name, the JSON-LD publisher, dc.publisher. */
  publisher: string | null
  /** As written, usually ISO 8601: the first candidate that is an ISO date, else the first one. */
  publishedTime: string | null
  /** <link rel="canonical">, else og:url: absolute, http or https only. */
  canonicalUrl: string | null
}

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
const isUrl = (value: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\/|^www\./i.test(value)

/** Pages that double-escape their meta values (`&amp;#39;`) show `&#39;` after one decoding. */
function unescapeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : null
    if (code === null) return named[name?.toLowerCase() ?? ''] ?? entity
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
}

const line = (value: string | null | undefined): string | null => normalizeLine(value === null || value === undefined ? null : unescapeEntities(value))

/** Every meta tag's content by its property, name or itemprop, lowercased, in page order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = line(meta.getAttribute('content'))
    if (content === null) continue
    // RDFa allows several properties in one attribute.
    const keys = [...(meta.getAttribute('property') ?? '').split(/\s+/), meta.getAttribute('name') ?? '', meta.getAttribute('itemprop') ?? '']
    for (const key of new Set(keys.map((k) => k.trim().toLowerCase()).filter(Boolean))) {
      values.set(key, [...(values.get(key) ?? []), content])
    }
  }
  return values
}

const ARTICLE_TYPE = /^(?:\w*Article|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)$/

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''))
}

/** The article node of the page's JSON-LD, with a lookup for the nodes it refers to by @id (as Yoast SEO writes it). */
function jsonLdArticle(document: Document): { article: JsonObject; deref: (value: unknown) => unknown } | null {
  const nodes: JsonObject[] = []
  const collect = (value: unknown, depth: number): void => {
    if (depth > 3) return
    if (Array.isArray(value)) for (const item of value) collect(item, depth + 1)
    else if (isObject(value)) {
      nodes.push(value)
      collect(value['@graph'], depth + 1)
    }
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0)
    } catch {
      // A broken block states nothing; the next one may.
    }
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)))
  if (article === undefined) return null
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]))
  const deref = (value: unknown) => (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined ? (byId.get(value['@id']) ?? value) : value)
  return { article, deref }
}

/** The names in a JSON-LD author or publisher: a string, a Person or Organization, or a list of them. */
function namesIn(value: unknown, deref: (value: unknown) => unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items
    .map((item) => deref(item))
    .map((item) => (typeof item === 'string' ? item : isObject(item) && typeof item.name === 'string' ? item.name : null))
    .map((name) => line(name))
    .filter((name): name is string => name !== null && !isUrl(name))
}

const first = (...candidates: (string | null | undefined)[]): string | null => candidates.map((c) => line(c)).find((c) => c !== null) ?? null

/** The names of the first source that gives any, each once, joined with commas. */
function firstNames(...sources: string[][]): string | null {
  const names = sources.find((list) => list.length > 0)
  return names === undefined ? null : [...new Set(names)].join(', ')
}

/** A <time datetime> that is plainly the article's date: so marked, or the only one in the only article's header. */
function articleTime(document: Document): string | null {
  const marked = document.querySelector('time[itemprop~="datePublished"][datetime], time[pubdate][datetime]')
  if (marked !== null) return marked.getAttribute('datetime')
  const articles = document.querySelectorAll('article')
  const header = articles.length === 1 ? articles[0]?.querySelector('header') : null
  const times = header?.querySelectorAll('time[datetime]') ?? []
  return times.length === 1 ? (times[0]?.getAttribute('datetime') ?? null) : null
}

function absoluteWebUrl(href: string | null | undefined, base: string | undefined): string | null {
  const value = href?.trim()
  if (!value || !URL.canParse(value, base)) return null
  const url = new URL(value, base)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
}

/** Letters and digits only, lowercase, without a leading "the": "The Southwest Ledger" and "southwestledger" match. */
const squash = (text: string) => text.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '')

/** Whether `suffix` names the site: its publisher, its host ("example.org") or a label of it ("southwestledger"). */
function isSiteName(suffix: string, publisher: string | null, host: string | null): boolean {
  const name = squash(suffix)
  if (name === '') return false
  const labels = host?.replace(/^www\./, '').split('.') ?? []
  const names = [publisher, host?.replace(/^www\./, ''), ...labels.slice(0, -1).filter((label) => label.length > 2)]
  return names.some((candidate) => candidate && squash(candidate) === name)
}

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|·|•|::)\s+/g

/** "Headline | Site", "Headline - Site", "Headline — Site" … without the suffix, when it names the site. */
function withoutSiteSuffix(title: string, publisher: string | null, host: string | null): string {
  const last = [...title.matchAll(TITLE_SEPARATOR)].at(-1)
  if (last === undefined) return title
  const headline = title.slice(0, last.index).trim()
  const suffix = title.slice(last.index + last[0].length)
  return headline !== '' && isSiteName(suffix, publisher, host) ? headline : title
}

const PUBLISHED_NAMES = [
  'date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'citation_publication_date', 'citation_date',
  'parsely-pub-date', 'pubdate', 'publishdate', 'publish-date', 'sailthru.date', 'datepublished',
]

/**
 * The metadata `document` states. `url`, the page's own address when known, makes a relative
 * canonical link absolute and tells which title suffix is the site's host.
 */
export function readPageMetadata(document: Document, options: { url?: string } = {}): PageMetadata {
  const meta = metaValues(document)
  const one = (name: string) => meta.get(name)?.[0]
  const jsonLd = jsonLdArticle(document)
  const article = jsonLd?.article ?? {}
  const deref = jsonLd?.deref ?? ((value: unknown) => value)
  const text = (value: unknown) => (typeof value === 'string' ? value : null)

  const canonicalUrl =
    absoluteWebUrl(document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'), options.url) ??
    absoluteWebUrl(one('og:url'), options.url)
  const publisher = first(one('og:site_name'), namesIn(article.publisher, deref)[0], one('dc.publisher'), one('dcterms.publisher'))
  const host = [options.url, canonicalUrl].map((url) => (url && URL.canParse(url) ? new URL(url).hostname : null)).find(Boolean) ?? null
  const title = first(
    one('og:title'), text(article.headline), text(article.name), one('twitter:title'), one('dc.title'), one('dcterms.title'),
    one('citation_title'), document.querySelector('title')?.textContent,
  )
  const author = firstNames(
    meta.get('author') ?? [],
    namesIn(article.author, deref),
    (meta.get('article:author') ?? []).filter((value) => !isUrl(value)),
    [...(meta.get('dc.creator') ?? []), ...(meta.get('dcterms.creator') ?? [])],
    meta.get('citation_author') ?? [],
    meta.get('parsely-author') ?? [],
  )
  const dates = [one('article:published_time'), text(article.datePublished), ...PUBLISHED_NAMES.map(one), articleTime(document)]
    .map((value) => line(value))
    .filter((value): value is string => value !== null)
  return {
    title: title === null ? null : withoutSiteSuffix(title, publisher, host),
    author,
    publisher,
    publishedTime: dates.find((value) => toPublishedOn(value) !== undefined) ?? dates[0] ?? null,
    canonicalUrl,
  }
}
