// Checks the demo corpus against the preserved source texts, without a database: every quoted passage
// is really in its source, figures are internally consistent, and verdict states are complete.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatMonthName } from '../../lib/format'
import { corpus } from './corpus'
import type { SeedFigure, SeedPassage } from './corpus-types'

const sourcesDir = new URL('./sources/', import.meta.url)
const texts = new Map(corpus.sources.map((s) => [s.key, readFileSync(new URL(s.file, sourcesDir), 'utf8')]))

function countOccurrences(haystack: string, needle: string): number {
  let count = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) count++
  return count
}

type Labelled = { where: string; passage: SeedPassage }

/** Every passage in the corpus, labelled with where it is used. */
function allPassages(): Labelled[] {
  const out: Labelled[] = []
  for (const c of corpus.claims) {
    c.appearances.forEach((a, i) => out.push({ where: `${c.slug} appearance ${i + 1}`, passage: a }))
    c.figures.forEach((f, i) => out.push({ where: `${c.slug} figure ${i + 1}`, passage: f.passage }))
    const v = c.verdict
    if (!v) continue
    v.evidence.forEach((e, i) => out.push({ where: `${c.slug} verdict evidence ${i + 1}`, passage: e }))
    v.correction?.evidence.forEach((e, i) => out.push({ where: `${c.slug} correction evidence ${i + 1}`, passage: e }))
  }
  return out
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * The numbers a piece of text states, as digits ("545", "3,000", "79"). Calendar dates and years
 * ("April 6, 2018", "May 2018", "since at least 2001") say when, not how many: they are dropped.
 */
function statedNumbers(text: string): number[] {
  const withoutDates = text
    .replace(new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}\\b(?:,\\s*\\d{4})?`, 'g'), ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
  return [...withoutDates.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')))
}

/** A stated number matches a figure that gives it as its value or as a bound (sign aside: "fell 35 percent" is -35). */
function figureStates(f: SeedFigure, n: number): boolean {
  return [f.value, f.low, f.high].some((v) => v !== null && Math.abs(v) === n)
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
function isValidDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

const claimsWithVerdict = corpus.claims.filter((c) => c.verdict)
const verdicts = claimsWithVerdict.map((c) => c.verdict!)
const byStatus = (status: string) => verdicts.filter((v) => v.status === status)

describe('sources', () => {
  it('has one entry per source file, with unique keys', () => {
    const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort()
    expect(corpus.sources.map((s) => s.file).sort()).toEqual(files)
    expect(new Set(corpus.sources.map((s) => s.key)).size).toBe(corpus.sources.length)
  })

  it('takes titles, publishers, authors and URLs from the text itself', () => {
    for (const s of corpus.sources) {
      const text = texts.get(s.key)!
      if (s.title.startsWith('[')) expect(s.title.endsWith(']'), s.key).toBe(true)
      else expect(text.includes(s.title), `${s.key} title`).toBe(true)
      for (const field of ['publisher', 'author', 'url'] as const) {
        const value = s[field]
        if (value !== null) expect(text.includes(value), `${s.key} ${field}`).toBe(true)
      }
    }
  })

  it('gives a publication date only where the text states it', () => {
    for (const s of corpus.sources) {
      if (s.publishedOn === null) continue
      expect(isValidDate(s.publishedOn), s.key).toBe(true)
      const [y, m, d] = s.publishedOn.split('-').map(Number) as [number, number, number]
      const long = formatMonthName(new Date(Date.UTC(y, m - 1, d)))
      const renderings = [s.publishedOn, `${MONTHS_SHORT[m - 1]} ${d}, ${y}`, `${long} ${d}, ${y}`]
      const text = texts.get(s.key)!
      expect(renderings.some((r) => text.includes(r)), `${s.key} publishedOn ${s.publishedOn}`).toBe(true)
    }
  })
})

describe('passages', () => {
  const passages = allPassages()

  it('are all checked', () => {
    expect(passages.length).toBeGreaterThan(100)
  })

  it.each(passages.map((p) => [p.where, p.passage] as const))('%s is in its source', (_where, passage) => {
    const text = texts.get(passage.source)
    expect(text, `unknown source key ${passage.source}`).toBeDefined()
    expect(passage.exact.trim().length).toBeGreaterThan(0)
    const count = countOccurrences(text!, passage.exact)
    if (passage.occurrence === undefined) {
      expect(count, `"${passage.exact}" should occur exactly once in ${passage.source}`).toBe(1)
    } else {
      expect(Number.isInteger(passage.occurrence) && passage.occurrence >= 1).toBe(true)
      expect(count, `"${passage.exact}" should occur at least ${passage.occurrence} times in ${passage.source}`).toBeGreaterThanOrEqual(passage.occurrence)
    }
  })
})

describe('claims', () => {
  it('number at least 30, with unique, well-formed slugs', () => {
    expect(corpus.claims.length).toBeGreaterThanOrEqual(30)
    const slugs = corpus.claims.map((c) => c.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('each appear in at least one source', () => {
    for (const c of corpus.claims) expect(c.appearances.length, c.slug).toBeGreaterThan(0)
  })

  it('have a figure for every number stated in their text', () => {
    for (const c of corpus.claims) {
      for (const n of statedNumbers(c.text)) {
        expect(c.figures.some((f) => figureStates(f, n)), `${c.slug}: no figure for ${n}`).toBe(true)
      }
    }
  })
})

describe('quantities and figures', () => {
  const quantitySlugs = new Set(corpus.quantities.map((q) => q.slug))
  const figures = corpus.claims.flatMap((c) => c.figures.map((f) => ({ claim: c.slug, f })))

  it('quantities have unique slugs and are all used', () => {
    expect(quantitySlugs.size).toBe(corpus.quantities.length)
    for (const q of corpus.quantities) {
      expect(q.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(figures.some(({ f }) => f.quantity === q.slug), `${q.slug} has no figure`).toBe(true)
    }
  })

  it.each(figures.map(({ claim, f }) => [`${claim}: ${f.passage.exact}`, f] as const))('%s is consistent', (_label, f) => {
    expect(quantitySlugs.has(f.quantity), `unknown quantity ${f.quantity}`).toBe(true)
    expect(f.unit.length).toBeGreaterThan(0)
    if (f.low !== null) expect(f.low).toBeLessThanOrEqual(f.value)
    if (f.high !== null) expect(f.value).toBeLessThanOrEqual(f.high)
    switch (f.qualifier) {
      case 'AT_LEAST':
      case 'MORE_THAN':
        expect(f.low).not.toBeNull()
        expect(f.high).toBeNull()
        break
      case 'AT_MOST':
      case 'FEWER_THAN':
        expect(f.high).not.toBeNull()
        expect(f.low).toBeNull()
        break
      case 'RANGE':
        expect(f.low).not.toBeNull()
        expect(f.high).not.toBeNull()
        expect(f.low!).toBeLessThan(f.high!)
        break
      case 'EXACT':
        expect(f.low).toBe(f.value)
        expect(f.high).toBe(f.value)
        break
      case 'ABOUT':
        expect(f.low).not.toBeNull()
        expect(f.high).not.toBeNull()
        expect(f.low!).toBeLessThan(f.high!)
        break
    }
    // Where the quoted words give the number in digits, it is the figure's number.
    const inPassage = statedNumbers(f.passage.exact)
    if (inPassage.length > 0) expect(inPassage.some((n) => figureStates(f, n)), `passage does not state ${f.value}`).toBe(true)
    if (f.period) {
      expect(isValidDate(f.period.start) && isValidDate(f.period.end)).toBe(true)
      expect(f.period.start <= f.period.end).toBe(true)
      expect(f.period.label.length).toBeGreaterThan(0)
    }
    if (f.rank === 'DEPRECATED') expect(f.rankReason, 'a deprecated figure needs a reason').toBeTruthy()
  })

  it('puts the 545 and 611 counts side by side in one quantity, in their own units', () => {
    const f545 = figures.find(({ f }) => f.value === 545)!.f
    const f611 = figures.find(({ f }) => f.value === 611)!.f
    expect(f545.quantity).toBe(f611.quantity)
    expect([f545.qualifier, f545.unit]).toEqual(['AT_LEAST', 'parents'])
    expect([f611.qualifier, f611.unit]).toEqual(['EXACT', 'children'])
  })
})

describe('verdicts', () => {
  it('published verdicts belong to claims with an appearance', () => {
    for (const c of claimsWithVerdict) {
      if (c.verdict!.status === 'PUBLISHED') expect(c.appearances.length, c.slug).toBeGreaterThan(0)
    }
  })

  it('have a summary, a rationale and evidence', () => {
    for (const c of claimsWithVerdict) {
      const v = c.verdict!
      for (const rev of [v, ...(v.correction ? [v.correction] : [])]) {
        expect(rev.summary.trim().length, c.slug).toBeGreaterThan(0)
        expect(rev.rationale.trim().length, c.slug).toBeGreaterThan(0)
        expect(rev.evidence.length, c.slug).toBeGreaterThan(0)
      }
    }
  })

  it('are dated when published, and corrections come later', () => {
    for (const c of claimsWithVerdict) {
      const v = c.verdict!
      if (v.status === 'PUBLISHED') {
        expect(v.publishedOn && isValidDate(v.publishedOn), `${c.slug} publishedOn`).toBe(true)
        expect(v.publishedOn! >= '2021-01-01' && v.publishedOn! <= '2025-12-31', c.slug).toBe(true)
        if (v.correction) {
          expect(isValidDate(v.correction.publishedOn), c.slug).toBe(true)
          expect(v.correction.publishedOn > v.publishedOn!, `${c.slug} correction must be later`).toBe(true)
          expect(v.correction.note.trim().length).toBeGreaterThan(0)
        }
      } else {
        expect(v.publishedOn, `${c.slug} is not published`).toBeUndefined()
        expect(v.correction, `${c.slug} is not published`).toBeUndefined()
      }
      if (v.status === 'CHANGES_REQUESTED') expect(v.reviewComment?.trim(), `${c.slug} reviewComment`).toBeTruthy()
    }
  })

  it('cover every workflow state', () => {
    expect(byStatus('PUBLISHED').length).toBeGreaterThanOrEqual(14)
    const corrected = byStatus('PUBLISHED').filter((v) => v.correction).length
    expect(corrected).toBeGreaterThanOrEqual(1)
    expect(corrected).toBeLessThanOrEqual(2)
    expect(byStatus('SUBMITTED').length).toBeGreaterThanOrEqual(5)
    expect(byStatus('DRAFT').length).toBeGreaterThanOrEqual(5)
    expect(byStatus('CHANGES_REQUESTED').length).toBeGreaterThanOrEqual(1)
    expect(byStatus('CHANGES_REQUESTED').length).toBeLessThanOrEqual(2)
    expect(corpus.claims.some((c) => !c.verdict)).toBe(true)
  })

  it('publish the 545 claim', () => {
    const c = corpus.claims.find((c) => c.figures.some((f) => f.value === 545))!
    expect(c.slug).toContain('545')
    expect(c.verdict?.status).toBe('PUBLISHED')
  })
})
