import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { toPublishedOn } from './published-on'
import { MAX_TEXT_LENGTH, sourceTextFrom } from './read-upload'

const FIXTURE = path.join(import.meta.dirname, '../../e2e/fixtures/articles/border-report.html')
const html = readFileSync(FIXTURE, 'utf8')
const file = (fileName: string, content: string, mediaType = 'text/plain') => ({ fileName, mediaType, content })

describe('sourceTextFrom', () => {
  it('imports a .txt file as normalised plain text', () => {
    expect(sourceTextFrom(file('axios.TXT', '\uFEFFWhy it matters:  \r\nAt least 545 parents.\r\n\r\n\r\n'))).toEqual({
      text: 'Why it matters:\nAt least 545 parents.',
      format: 'text',
    })
  })

  it('imports a .md or .markdown file as the text a reader sees, with its front matter', () => {
    const markdown = '---\nauthor: Dana Whitfield\ndate: 2021-01-15\n---\n# Watchdog report\n\n**More than 3,000** children.'
    const expected = {
      text: 'Watchdog report\n\nMore than 3,000 children.',
      title: 'Watchdog report',
      author: 'Dana Whitfield',
      publishedOn: '2021-01-15',
      format: 'markdown',
    }
    expect(sourceTextFrom(file('report.md', markdown))).toEqual(expected)
    expect(sourceTextFrom(file('report.markdown', markdown, 'text/markdown'))).toEqual(expected)
  })

  it('imports an .html or .htm page as its article, with what the page says about itself', () => {
    const source = sourceTextFrom(file('border-report.htm', html, 'text/html'))
    expect(source).toMatchObject({
      title: 'Watchdog: Justice Department pushed family separations with no plan to reunite them',
      author: 'Dana Whitfield',
      publisher: 'The Southwest Ledger',
      publishedOn: '2021-01-15',
      format: 'html',
    })
    expect(source.text).toContain('at least 545 parents')
    expect(source.text).not.toContain('Subscribe')
    expect(sourceTextFrom(file('page.html', html)).text).toBe(source.text)
  })

  it("takes a captured page's address for a relative canonical link and, when the page names no site, for its site", () => {
    const page = html.replace(/<meta property="og:(?:site_name|url)"[^>]*>/g, '').replace('</head>', '<link rel="canonical" href="/border/watchdog"></head>')
    expect(sourceTextFrom({ ...file('page.html', page, 'text/html'), url: 'https://www.southwestledger.example/border/watchdog?ref=rss' })).toMatchObject({
      publisher: 'southwestledger.example',
      canonicalUrl: 'https://www.southwestledger.example/border/watchdog',
    })
    expect(sourceTextFrom(file('page.html', html, 'text/html')).canonicalUrl).toBe('https://www.southwestledger.example/border/2021/01/15/watchdog-family-separations')
  })

  it('sends pasted text that starts like a web page through the HTML path', () => {
    expect(sourceTextFrom({ pasted: `\n  ${html}` })).toMatchObject({ format: 'html', publishedOn: '2021-01-15' })
    expect(sourceTextFrom({ pasted: html.replace('<!DOCTYPE html>', '') }).format).toBe('html')
    expect(sourceTextFrom({ pasted: 'Prosecutions rose <b>79 percent</b>.' })).toEqual({
      text: 'Prosecutions rose <b>79 percent</b>.',
      format: 'text',
    })
  })

  it.each(['report.pdf', 'report.docx', 'report', 'report.txt.exe', 'report.constructor', '.html.'])(
    'refuses %s with a message naming the formats it takes',
    (fileName) => {
      expect(() => sourceTextFrom(file(fileName, 'text'))).toThrow(
        expect.objectContaining({ reason: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/\.txt, \.md, \.html or \.pdf/) }),
      )
    },
  )

  it('refuses binary content, and text that is empty once normalised', () => {
    expect(() => sourceTextFrom(file('report.txt', '%PDF-1.7\u0000\u0000stream'))).toThrow(
      expect.objectContaining({ reason: 'NOT_TEXT' }),
    )
    for (const blank of ['', ' \n\t\r\n', '\uFEFF\u200B']) {
      expect(() => sourceTextFrom({ pasted: blank })).toThrow(expect.objectContaining({ reason: 'EMPTY' }))
    }
    expect(() => sourceTextFrom(file('empty.md', '![only a picture](a.png)'))).toThrow(/no text to import/)
  })

  it('takes text of exactly the limit and refuses one character more', () => {
    const line = 'At least 545 parents could not be located.\n'
    const long = line.repeat(Math.ceil(MAX_TEXT_LENGTH / line.length)).slice(0, MAX_TEXT_LENGTH - 1) + '.'
    expect(sourceTextFrom({ pasted: long }).text).toHaveLength(MAX_TEXT_LENGTH)
    expect(() => sourceTextFrom({ pasted: `${long}.` })).toThrow(
      expect.objectContaining({ reason: 'TOO_LONG', message: expect.stringContaining('2,000,001 characters') }),
    )
    expect(() => sourceTextFrom({ pasted: ' '.repeat(6 * MAX_TEXT_LENGTH) })).toThrow(/limit is 2,000,000/)
  })
})

describe('toPublishedOn', () => {
  it('keeps the date as the source wrote it, whatever its time zone', () => {
    expect(toPublishedOn('2018-06-20T22:30:00-05:00')).toBe('2018-06-20')
    expect(toPublishedOn(' 2021-01-14 ')).toBe('2021-01-14')
    expect(toPublishedOn('2021-01-14 09:00')).toBe('2021-01-14')
  })

  it('ignores what is not a real ISO date', () => {
    for (const value of ['2021-02-30', '2021-13-01', 'Jan. 14, 2021', '20210114', '2021-01-145', '', null, undefined]) {
      expect(toPublishedOn(value), String(value)).toBeUndefined()
    }
  })
})
