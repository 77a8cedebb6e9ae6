import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { atomDate, buildAtomFeed, escapeXml, tagUri, type AtomFeed } from './atom'
import { revisionEntry, revisionEntryId } from './verdict-entries'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' || name === 'category', parseTagValue: false, trimValues: false })

const SITE = 'http://localhost:3000'

function feedWith(title: string, summary: string, link = `${SITE}/claims/a`): AtomFeed {
  const when = new Date('2021-01-14T12:00:00.123Z')
  return {
    id: tagUri(SITE, 2026, 'feed'),
    title: 'Claimtrail',
    siteUrl: SITE,
    selfUrl: `${SITE}/feed.xml`,
    authorName: 'Claimtrail',
    updated: when,
    entries: [{ id: tagUri(SITE, 2026, 'claim/a/verdict/1'), title, link, published: when, updated: when, summary, categories: ['verdict'] }],
  }
}

// What a parser gives back for a string: XML has no way to carry these characters, and normalises line ends.
const xmlVisible = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\r\n?/g, '\n')

describe('escapeXml', () => {
  it('escapes markup and both quotes, and drops characters XML 1.0 cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;')
    expect(escapeXml('bell\u0007 nul\u0000 lone\uD800 ok\u{1F600}')).toBe('bell nul lone ok\u{1F600}')
    expect(escapeXml(']]> &amp;')).toBe(']]&gt; &amp;amp;')
  })
})

describe('buildAtomFeed', () => {
  it('makes a well-formed Atom document whose text reads back exactly, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, summary) => {
        const xml = buildAtomFeed(feedWith(title, summary))
        expect(XMLValidator.validate(xml)).toBe(true)
        const entry = parser.parse(xml).feed.entry[0]
        expect(entry.title ?? '').toBe(xmlVisible(title))
        expect(entry.summary['#text'] ?? '').toBe(xmlVisible(summary))
      }),
      { numRuns: 100 },
    )
  })

  it('has the elements RFC 4287 requires, in the Atom namespace', () => {
    const xml = buildAtomFeed(feedWith('T', 'S', `${SITE}/claims/a?x=1&y=2`))
    const { feed } = parser.parse(xml)
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed).toMatchObject({ id: 'tag:localhost,2026:feed', title: 'Claimtrail', updated: '2021-01-14T12:00:00Z', author: { name: 'Claimtrail' } })
    expect(feed.link.map((link: Record<string, string>) => link['@rel'])).toEqual(['self', 'alternate'])
    const [entry] = feed.entry
    expect(entry).toMatchObject({ id: 'tag:localhost,2026:claim/a/verdict/1', published: '2021-01-14T12:00:00Z', updated: '2021-01-14T12:00:00Z' })
    expect(entry.link[0]['@href']).toBe(`${SITE}/claims/a?x=1&y=2`)
    expect(xml).toContain('href="http://localhost:3000/claims/a?x=1&amp;y=2"')
  })
})

describe('atomDate and tagUri', () => {
  it('writes RFC 3339 dates in UTC and tag URIs without a port', () => {
    expect(atomDate(new Date('2020-10-21T00:00:00.000Z'))).toBe('2020-10-21T00:00:00Z')
    expect(tagUri('https://claimtrail.example.org:8443/base', 2026, 'x/1')).toBe('tag:claimtrail.example.org,2026:x/1')
  })
})

describe('revisionEntry', () => {
  const base = { rating: 'MOSTLY_TRUE' as const, summary: 'Roughly right.', publishedAt: new Date('2021-02-01T00:00:00Z'), claim: { slug: 'some-claim', text: 'Some <claim> & more' } }

  it('titles a first revision with its rating and links the claim page', () => {
    const entry = revisionEntry(SITE, { ...base, revision: 1, correctionNote: null })
    expect(entry).toMatchObject({ id: revisionEntryId(SITE, 'some-claim', 1), title: 'Mostly true: Some <claim> & more', link: `${SITE}/claims/some-claim`, summary: 'Roughly right.', categories: ['verdict', 'Mostly true'] })
  })

  it('titles a later revision as a correction and leads with its note', () => {
    const entry = revisionEntry(SITE, { ...base, revision: 2, correctionNote: 'The count was updated in January 2021' })
    expect(entry.title).toBe('Correction: Some <claim> & more')
    expect(entry.summary).toBe('The count was updated in January 2021. Now rated Mostly true: Roughly right.')
    expect(entry.id).toBe('tag:localhost,2026:claim/some-claim/verdict/2')
    expect(revisionEntry(SITE, { ...base, revision: 1, correctionNote: 'x' }).title).toBe('Mostly true: Some <claim> & more')
  })
})
