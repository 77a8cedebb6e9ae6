// The labelled articles keep to their guide (README.md here), so that bench:check-worthy measures
// the ranking, not slips in the labels.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pickSpans, type LabelledArticle } from '../../cli/check-worthy-score'
import { normalizeText } from '../normalize-text'
import { splitSentences } from '../split-sentences'

const SEEDS = path.join(import.meta.dirname, '../../../prisma/seed/sources')
const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.json')).sort()
const articles = files.map((file) => ({ file, article: JSON.parse(readFileSync(path.join(import.meta.dirname, file), 'utf8')) as LabelledArticle }))
const FIELDS = ['id', 'origin', 'kind', 'title', 'text', 'picks']
const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end))

describe('the check-worthiness evaluation set', () => {
  it('has every seed article and at least five written ones', () => {
    const seeds = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'))
    expect(articles.map(({ article }) => article.origin).filter((o) => o.startsWith('seed:')).sort()).toEqual(seeds.map((file) => `seed:${file}`).sort())
    expect(articles.filter(({ article }) => article.origin === 'written').length).toBeGreaterThanOrEqual(5)
  })

  it.each(articles)('$file has the guide’s fields, named by its file', ({ file, article }) => {
    expect(Object.keys(article).sort()).toEqual([...FIELDS].sort())
    expect(`${article.id}.json`).toBe(file)
    expect(['news', 'report']).toContain(article.kind)
    expect(article.title.trim()).not.toBe('')
    expect(article.picks.length).toBeGreaterThan(0)
  })

  it.each(articles)('$file: the text is as the importer stores it', ({ article }) => {
    if (article.origin.startsWith('seed:')) {
      expect(article.text).toBe(readFileSync(path.join(SEEDS, article.origin.slice('seed:'.length)), 'utf8'))
    } else {
      expect(article.origin).toBe('written')
      expect(normalizeText(article.text)).toBe(article.text)
      expect(sentencesOf(article.text).length).toBeGreaterThanOrEqual(25)
      expect(sentencesOf(article.text).length).toBeLessThanOrEqual(60)
    }
  })

  it.each(articles)('$file: each pick is a whole sentence of the text, once, in text order', ({ article }) => {
    const sentences = sentencesOf(article.text)
    for (const pick of article.picks) {
      expect(sentences, pick).toContain(pick)
      expect(article.text.indexOf(pick), pick).toBe(article.text.lastIndexOf(pick))
    }
    const starts = pickSpans(article).map((span) => span.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(new Set(article.picks).size).toBe(article.picks.length)
  })

  it.each(articles)('$file: picks no question, and not every sentence', ({ article }) => {
    for (const pick of article.picks) expect(pick, pick).not.toMatch(/\?["'”’)\]]*$/)
    expect(article.picks.length).toBeLessThan(sentencesOf(article.text).length)
  })
})
