import { describe, expect, it } from 'vitest'
import { citePages, pageAt, pageName, pagesOf } from './page-range'

// "Front matter.\n\nOne\n\nTwo goes on here" over four pages; page 3 is blank.
const pages = [
  { index: 1, label: 'i', start: 0, end: 13 },
  { index: 2, label: null, start: 15, end: 18 },
  { index: 3, label: null, start: 18, end: 18 },
  { index: 4, label: null, start: 20, end: 36 },
]

describe('pagesOf', () => {
  it('names the page a quote is on, by its label when it has one', () => {
    expect(pagesOf(pages, 0, 5)).toMatchObject({ first: 'i', last: 'i', firstIndex: 1, lastIndex: 1 })
    expect(pagesOf(pages, 16, 18)).toMatchObject({ first: '2', last: '2' })
  })

  it('names both pages of a quote across a page break, past a blank page', () => {
    expect(pagesOf(pages, 6, 18)).toMatchObject({ first: 'i', last: '2' })
    expect(pagesOf(pages, 15, 25)).toMatchObject({ first: '2', last: '4', firstIndex: 2, lastIndex: 4 })
  })

  it('puts a quote starting at a break on the page after, and one ending at it on the page before', () => {
    expect(pagesOf(pages, 13, 18)).toMatchObject({ first: '2', last: '2' })
    expect(pagesOf(pages, 15, 20)).toMatchObject({ first: '2', last: '2' })
  })

  it('has no pages for a quote past the end', () => {
    expect(pagesOf(pages, 36, 40)).toBeNull()
  })
})

describe('citePages', () => {
  it('cites one page as "p." and a span as "pp." with an en dash', () => {
    expect(citePages(pagesOf(pages, 0, 5)!)).toBe('p. i')
    expect(citePages(pagesOf(pages, 6, 18)!)).toBe('pp. i–2')
  })
})

describe('pageAt', () => {
  it('skips a blank page', () => {
    expect(pageAt(pages, 18)?.index).toBe(4)
    expect(pageName(pages[3]!)).toBe('4')
  })
})
