import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

import { domToText } from './dom-to-text'
import { ImportError } from './import-error'
import { normalizeLine, normalizeText } from './normalize-text'
import { readPageMetadata } from './page-metadata'

export type ExtractedArticle = {
  title: string | null
  byline: string | null
  siteName: string | null
  /** As the page states it (usually ISO 8601), not parsed. */
  publishedTime: string | null
  /** The address the page gives as its own (absolute, http or https). */
  canonicalUrl: string | null
  /** Normalised paragraphs, headline first. */
  text: string
}

/**
 * Fewer words than this is a page without an article (a home page, a paywall, an error page):
 * Readability then returns whatever scraps it found, such as a "Home" link. A text this short is
 * quicker to paste than to rescue.
 */
export const MIN_ARTICLE_WORDS = 20

/**
 * linkedom takes the first element of a fragment ("<p>a</p><p>b</p>") for the whole document and
 * fails on text without tags, so a saved fragment is given the page around it first.
 */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html
  return /<body[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><body>${html}</body></html>`
}

/** The page's own host, when a URL is given and the page names no site. */
function hostOf(url: string | undefined): string | null {
  if (url === undefined || !URL.canParse(url)) return null
  return new URL(url).hostname.replace(/^www\./, '') || null
}

/**
 * The article in a saved web page, without the navigation, banners, share buttons, related links
 * and footer around it (Mozilla Readability, the engine of Firefox Reader View, over a linkedom
 * DOM). Readability drops a headline that repeats the page title; the title is put back as the first
 * paragraph, since a headline is what readers see first and often the claim itself. Throws ImportError NO_ARTICLE
 * when the page holds no readable article. What the page states about itself comes from
 * readPageMetadata; Readability's title and byline (found in the text) stand in where it states none.
 * `url` is the page's own address, when known.
 */
export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  const { document } = parseHTML(asDocument(html))
  // Read before Readability, which takes the document apart as it goes.
  const metadata = readPageMetadata(document, options)
  // Readability returns its article element as is, so the paragraph structure can be read from it.
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse()
  const body = article?.content ? normalizeText(domToText(article.content)) : ''
  if (body.split(/\s+/).length < MIN_ARTICLE_WORDS) {
    throw new ImportError(
      'NO_ARTICLE',
      'No article text was found in this page. Save the article page itself, or paste its text.',
    )
  }
  // The headline Readability dropped is the one that matched its own title, so that is what is put
  // back: without the site's name after it when the page's own title says it without ("Headline – Site").
  const readabilityTitle = normalizeLine(article?.title)
  const headline = metadata.title && readabilityTitle?.startsWith(metadata.title) ? metadata.title : readabilityTitle
  const text = headline === null || body.startsWith(headline) ? body : `${headline}\n\n${body}`
  return {
    title: metadata.title ?? headline,
    byline: metadata.author ?? normalizeLine(article?.byline),
    siteName: metadata.publisher ?? hostOf(options.url),
    publishedTime: metadata.publishedTime,
    canonicalUrl: metadata.canonicalUrl,
    text,
  }
}
