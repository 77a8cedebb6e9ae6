import { describe, expect, it } from 'vitest'
import { isSamePage } from './same-page'

describe('whether a redirect ended at the same page', () => {
  it('counts an upgrade to https, a www. prefix, a trailing slash, a fragment and tracking parameters as the same page', () => {
    expect(isSamePage('http://example.org/news/story', 'https://www.example.org/news/story/')).toBe(true)
    expect(isSamePage('https://example.org/news/story?id=7', 'https://example.org/news/story?utm_source=feed&id=7&fbclid=x')).toBe(true)
    expect(isSamePage('https://example.org/a?b=2&a=1', 'https://example.org/a?a=1&b=2#top')).toBe(true)
    expect(isSamePage('https://EXAMPLE.org/', 'https://example.org')).toBe(true)
  })

  it('counts another path, another host, another port or another page parameter as another page', () => {
    expect(isSamePage('https://example.org/news/story', 'https://example.org/')).toBe(false)
    expect(isSamePage('https://example.org/news/story', 'https://example.org/news/Story')).toBe(false)
    expect(isSamePage('https://example.org/news/story', 'https://news.example.org/news/story')).toBe(false)
    expect(isSamePage('http://127.0.0.1:8080/a', 'http://127.0.0.1:8081/a')).toBe(false)
    expect(isSamePage('https://example.org/story?id=7', 'https://example.org/story?id=8')).toBe(false)
  })
})
