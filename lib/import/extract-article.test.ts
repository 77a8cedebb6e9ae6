import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { extractArticle } from './extract-article'
import { ImportError } from './import-error'

const FIXTURE = path.join(import.meta.dirname, '../../e2e/fixtures/articles/border-report.html')
const borderReport = () => readFileSync(FIXTURE, 'utf8')

const LEDE =
  'Federal law requires that a child separated from a parent be transferred to the custody of ' +
  'the Office of Refugee Resettlement within 72 hours, but prosecutions took three to seven days.'

/** A minimal page: Readability wants a few hundred characters of prose before it trusts a block. */
function page(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}</head><body><article><p>${LEDE}</p><p>${LEDE}</p>${body}</article></body></html>`
}

describe('extractArticle on a saved news page', () => {
  it('reads the metadata the page declares', () => {
    const { text: _, ...meta } = extractArticle(borderReport())
    expect(meta).toEqual({
      title: 'Watchdog: Justice Department pushed family separations with no plan to reunite them',
      byline: 'Dana Whitfield',
      siteName: 'The Southwest Ledger',
      publishedTime: '2021-01-15T09:30:00-07:00',
      canonicalUrl: 'https://www.southwestledger.example/border/2021/01/15/watchdog-family-separations',
    })
  })

  it('keeps the headline, paragraphs, subheadings and list items, each in its place', () => {
    const paragraphs = extractArticle(borderReport()).text.split('\n\n')
    expect(paragraphs[0]).toBe('Watchdog: Justice Department pushed family separations with no plan to reunite them')
    expect(paragraphs[1]).toMatch(/^The Justice Department's leadership pressed ahead .* inspector general\.$/)
    expect(paragraphs).toContain('Prosecutions that took days, not hours')
    expect(paragraphs).toContain('What the inspector general found')
    const list = paragraphs.find((p) => p.startsWith('Department leaders knew'))
    expect(list?.split('\n')).toHaveLength(3)
    expect(list?.split('\n')[2]).toMatch(/^U\.S\. attorneys raised concerns .* announced\.$/)
    expect(paragraphs.at(-1)).toMatch(/^The court-appointed committee .* pandemic\.$/)
    expect(paragraphs).toHaveLength(18)
  })

  it('keeps every figure a reader would quote, word for word', () => {
    const { text } = extractArticle(borderReport())
    for (const phrase of [
      'More than 3,000 children were separated from their families as a result, the report said.',
      'at least 545 parents separated from their children at the border could not be located',
      'the cases took three to seven days to move through the courts',
      'within 72 hours.',
      'rose 79 percent between March and June of 2018',
      '"We need to take away children," then-Attorney General Jeff Sessions told U.S. attorneys',
    ]) {
      expect(text).toContain(phrase)
    }
  })

  it('drops the navigation, cookie banner, newsletter box, share buttons, ads, related links and footer', () => {
    const { text } = extractArticle(borderReport())
    for (const furniture of [
      'cookie', 'Accept all', 'Subscribe', 'newsletter', 'Border Briefing', 'Share on', 'Copy link',
      'Email this story', 'Advertisement', 'Related stories', 'Lawyers fan out across Central America',
      'Podcasts', 'Sign in', 'About us', 'Privacy policy', 'Terms of service', 'All rights reserved',
      'dataLayer', 'By Dana Whitfield',
    ]) {
      expect(text, furniture).not.toContain(furniture)
    }
  })
})

describe('extractArticle text layout', () => {
  it('puts list items, nested lists and paragraphs inside items on lines of their own', () => {
    const { text } = extractArticle(
      page('<ul><li><p>First finding</p><p>with detail</p></li><li>Second<ul><li>nested</li></ul></li></ul><p>After.</p>'),
    )
    expect(text).toContain(`${LEDE}\n\nFirst finding\nwith detail\nSecond\nnested\n\nAfter.`)
  })

  it('renders line breaks, collapses HTML whitespace and keeps preformatted text', () => {
    const { text } = extractArticle(
      page('<p>Line one<br>line   two<br><br>\n  new <em>paragraph</em>  here.</p><pre>June   11,086\nMay    9,216</pre>'),
    )
    expect(text).toContain('Line one\nline two\n\nnew paragraph here.\n\nJune   11,086\nMay    9,216')
  })

  it('puts the headline first only once, and names the site from the URL when the page does not', () => {
    const head = '<title>Prosecutions took three to seven days</title>'
    const article = extractArticle(page('', head), { url: 'https://www.example.org/a/1' })
    expect(article.text.startsWith('Prosecutions took three to seven days\n\nFederal law')).toBe(true)
    expect(article.siteName).toBe('example.org')
    expect(extractArticle(page('')).siteName).toBeNull()
  })

  it('reads a fragment without <html> or <body> as a page', () => {
    const { text } = extractArticle(`<h2>Days, not hours</h2><p>${LEDE}</p><p>${LEDE}</p>`)
    expect(text).toBe(`Days, not hours\n\n${LEDE}\n\n${LEDE}`)
  })

  it('throws ImportError NO_ARTICLE for a page without article text', () => {
    const empty = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>'
    expect(() => extractArticle(empty)).toThrow(ImportError)
    expect(() => extractArticle(empty)).toThrow(/No article text was found/)
    for (const nothing of ['', 'plain words', '<html></html>']) {
      expect(() => extractArticle(nothing)).toThrow(expect.objectContaining({ reason: 'NO_ARTICLE' }))
    }
    const short = page('').replace(/<p>.*<\/p>/, '<p>Nineteen words is not quite an article, so this page is refused rather than imported as a text scrap.</p>')
    expect(() => extractArticle(short)).toThrow(expect.objectContaining({ reason: 'NO_ARTICLE' }))
    expect(extractArticle(short.replace('scrap', 'scrap or two')).text).toMatch(/^Nineteen words/)
  })
})
