import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { contentHash, findSuggestions, sourceTextFrom } from '.'

const SEEDS = path.join(import.meta.dirname, '../../prisma/seed/sources')
const paragraphs = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .flatMap((file) => readFileSync(path.join(SEEDS, file), 'utf8').split(/\n\s*\n/))
  .map((paragraph) => paragraph.trim())
  .filter(Boolean)

/** A long article page: the seed paragraphs over and over until it reaches `words` words. */
function longArticle(words: number): string {
  const body: string[] = []
  let count = 0
  for (let i = 0; count < words; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length] ?? ''
    body.push(i % 12 === 0 ? `<h2>Part ${i / 12 + 1}</h2>` : '', `<p>${paragraph}</p>`)
    count += paragraph.split(/\s+/).length
  }
  return `<!doctype html><html><head><title>A long report</title></head><body>
    <nav><a href="/">Home</a> <a href="/index">Site index</a></nav>
    <article>${body.join('\n')}</article><footer><a href="/about">About us</a></footer></body></html>`
}

describe('the import pipeline', () => {
  // Kept as a plain test, not a timed assertion: a 20,000-word page runs in well under a second
  // here, and vitest's 20 s timeout catches a regression that would make imports hang.
  it('imports a 20,000-word page and finds its suggestions, offsets intact', () => {
    const source = sourceTextFrom({ fileName: 'long.html', mediaType: 'text/html', content: longArticle(20_000) })
    expect(source.text.split(/\s+/).length).toBeGreaterThan(20_000)
    expect(source.text).not.toMatch(/Site index|About us/)
    expect(source.text).toContain('\n\nPart 2\n\n')
    const suggestions = findSuggestions(source.text)
    expect(suggestions.filter((s) => s.kind === 'CHECK_WORTHY').length).toBeGreaterThan(300)
    // The page repeats its paragraphs: a figure stated many times is offered once.
    expect(source.text.split('more than 3,000 children').length - 1).toBeGreaterThan(5)
    expect(suggestions.filter((s) => s.exact === 'more than 3,000 children')).toHaveLength(1)
    expect(suggestions.every((s) => source.text.slice(s.start, s.end) === s.exact)).toBe(true)
    expect(contentHash(source.text)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('gives the same snapshot for the same words pasted, uploaded as text or as a page', () => {
    const text = paragraphs.slice(0, 6).join('\n\n')
    const html = `<html><body><article>${paragraphs.slice(0, 6).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const pasted = sourceTextFrom({ pasted: text.replace(/\n/g, '\r\n') })
    const uploaded = sourceTextFrom({ fileName: 'a.txt', mediaType: 'text/plain', content: `\uFEFF${text}\n` })
    const page = sourceTextFrom({ fileName: 'a.html', mediaType: 'text/html', content: html })
    expect(contentHash(pasted.text)).toBe(contentHash(uploaded.text))
    expect(page.text).toBe(pasted.text)
  })
})
