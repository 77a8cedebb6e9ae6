import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'

import { readPageMetadata } from './page-metadata'

const read = (head: string, body = '<p>Text.</p>', url?: string) =>
  readPageMetadata(parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document, { url })

const NOTHING = { title: null, author: null, publisher: null, publishedTime: null, canonicalUrl: null }

describe('readPageMetadata', () => {
  it('reads Open Graph, article and author meta tags and the canonical link', () => {
    expect(
      read(`
        <title>Shelters fill up | The Valley Courier</title>
        <meta property="og:title" content="Shelters fill up as winter arrives">
        <meta property="og:site_name" content="The Valley Courier">
        <meta name="author" content="Ana Ruiz">
        <meta property="article:published_time" content="2019-03-04T08:00:00-06:00">
        <link rel="canonical" href="/news/2019/03/shelters">`, undefined, 'https://valleycourier.example/news/2019/03/shelters?utm_source=x'),
    ).toEqual({
      title: 'Shelters fill up as winter arrives',
      author: 'Ana Ruiz',
      publisher: 'The Valley Courier',
      publishedTime: '2019-03-04T08:00:00-06:00',
      canonicalUrl: 'https://valleycourier.example/news/2019/03/shelters',
    })
  })

  it('leaves every field null when the page states nothing', () => {
    expect(read('', '<article><p>Only words.</p><time datetime="2020-01-01">then</time></article>')).toEqual(NOTHING)
  })

  it('reads a JSON-LD news article, its @graph and the nodes it refers to by @id', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://ledger.example/a#page', name: 'Not the article' },
        {
          '@type': ['NewsArticle'], headline: 'Parents of 545 children not found', datePublished: '2020-10-21T12:00:00Z',
          author: [{ '@id': '#dana' }, { '@type': 'Person', name: 'Lee Park' }], publisher: { '@id': '#org' },
        },
        { '@type': 'Person', '@id': '#dana', name: 'Dana Whitfield' },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Ledger' },
      ],
    }
    expect(read(`<script type="application/ld+json">${JSON.stringify(graph)}</script><script type="application/ld+json">{ broken</script>`)).toEqual({
      ...NOTHING,
      title: 'Parents of 545 children not found',
      author: 'Dana Whitfield, Lee Park',
      publisher: 'The Ledger',
      publishedTime: '2020-10-21T12:00:00Z',
    })
  })

  it('takes article:author only when it is a name, and each author once', () => {
    expect(read('<meta property="article:author" content="https://facebook.example/dana">').author).toBeNull()
    expect(read('<meta property="article:author" content="Dana Whitfield">').author).toBe('Dana Whitfield')
    expect(read('<meta name="author" content="Ana Ruiz"><meta name="author" content="Ana Ruiz"><meta name="author" content="Lee Park">').author).toBe('Ana Ruiz, Lee Park')
    expect(read('<meta name="DC.creator" content="Office of the Inspector General">').author).toBe('Office of the Inspector General')
  })

  it('reads the other common date names, preferring one that is an ISO date', () => {
    expect(read('<meta name="date" content="2018-06-20">').publishedTime).toBe('2018-06-20')
    expect(read('<meta name="DC.date.issued" content="2021-01-14">').publishedTime).toBe('2021-01-14')
    expect(read('<meta itemprop="datePublished" content="2018-05-07">').publishedTime).toBe('2018-05-07')
    expect(read('<meta name="date" content="June 20, 2018"><meta name="parsely-pub-date" content="2018-06-20T10:00:00Z">').publishedTime).toBe('2018-06-20T10:00:00Z')
    expect(read('<meta name="date" content="June 20, 2018">').publishedTime).toBe('June 20, 2018')
  })

  it('takes a <time> only when it is plainly the article\'s date', () => {
    expect(read('', '<article><header><h1>H</h1><time datetime="2021-01-15T09:30:00-07:00">Jan. 15</time></header><p>x</p></article>').publishedTime).toBe('2021-01-15T09:30:00-07:00')
    expect(read('', '<p>Posted <time itemprop="datePublished" datetime="2018-06-20">June 20</time></p>').publishedTime).toBe('2018-06-20')
    expect(read('', '<time pubdate datetime="2018-06-21">June 21</time>').publishedTime).toBe('2018-06-21')
    // Two dates in the header, or two articles: which is the publication date is not plain.
    expect(read('', '<article><header><time datetime="2021-01-15">a</time><time datetime="2021-01-16">b</time></header></article>').publishedTime).toBeNull()
    expect(read('', '<article><header><time datetime="2021-01-15">a</time></header></article><article><p>b</p></article>').publishedTime).toBeNull()
    expect(read('', '<aside><time datetime="2021-01-15">Related, Jan. 15</time></aside>').publishedTime).toBeNull()
  })

  it('drops a title suffix that names the site, and keeps one that does not', () => {
    const site = '<meta property="og:site_name" content="The Valley Courier">'
    expect(read(`<title>Shelters fill up | The Valley Courier</title>${site}`).title).toBe('Shelters fill up')
    expect(read(`<title>Shelters fill up - Valley Courier</title>${site}`).title).toBe('Shelters fill up')
    expect(read(`<title>Shelters fill up — The Valley Courier</title>${site}`).title).toBe('Shelters fill up')
    expect(read(`<title>Cold snap - shelters fill up - The Valley Courier</title>${site}`).title).toBe('Cold snap - shelters fill up')
    // With no site name stated, the page's host tells.
    const url = 'https://www.southwestledger.example/border/story'
    expect(read('<title>Prosecutions took days | Southwest Ledger</title>', undefined, url).title).toBe('Prosecutions took days')
    expect(read('<title>Prosecutions took days | southwestledger.example</title>', undefined, url).title).toBe('Prosecutions took days')
    expect(read('<title>Families wait - three to seven days</title>', undefined, url).title).toBe('Families wait - three to seven days')
    expect(read(`<title>The Valley Courier</title>${site}`).title).toBe('The Valley Courier')
  })

  it('refuses a canonical link that is not http or https, and cannot resolve a relative one without the page\'s address', () => {
    expect(read('<link rel="canonical" href="javascript:alert(1)">', undefined, 'https://a.example/').canonicalUrl).toBeNull()
    expect(read('<link rel="canonical" href="/story">').canonicalUrl).toBeNull()
    expect(read('<meta property="og:url" content="https://a.example/story">').canonicalUrl).toBe('https://a.example/story')
  })

  it('decodes a value the page escaped twice, and writes each field on one line', () => {
    expect(read('<meta property="og:title" content="Sessions&amp;#39; memo &amp;amp; the  \n  policy">').title).toBe("Sessions' memo & the policy")
  })
})
