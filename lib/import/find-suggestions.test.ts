import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { findSuggestions, type Suggestion } from './find-suggestions'

const SEEDS = path.join(import.meta.dirname, '../../prisma/seed/sources')
const seed = (file: string) => readFileSync(path.join(SEEDS, file), 'utf8')

const checkWorthy = (text: string) =>
  findSuggestions(text).filter((s) => s.kind === 'CHECK_WORTHY').map((s) => s.exact)

function sentenceWith(suggestions: Suggestion[], words: string): Suggestion | undefined {
  return suggestions.find((s) => s.kind === 'CHECK_WORTHY' && s.exact.includes(words))
}

describe('findSuggestions on the seed articles', () => {
  const files = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'))

  it.each(files)('%s: offsets hold, spans are trimmed, unique and sorted by start', (file) => {
    const text = seed(file)
    const suggestions = findSuggestions(text)
    expect(suggestions.filter((s) => s.kind === 'CHECK_WORTHY').length).toBeGreaterThan(3)
    for (const s of suggestions) {
      expect(text.slice(s.start, s.end)).toBe(s.exact)
      expect(s.exact).toBe(s.exact.trim())
      expect(s.figure === undefined).toBe(s.kind === 'CHECK_WORTHY')
    }
    expect(suggestions.map((s) => s.start)).toEqual(suggestions.map((s) => s.start).toSorted((a, b) => a - b))
    // The database keeps one suggestion per (snapshot, kind, start, end).
    expect(new Set(suggestions.map((s) => `${s.kind}:${s.start}:${s.end}`)).size).toBe(suggestions.length)
  })

  it('suggests the sentence with "at least 545" and the figure itself, parsed', () => {
    const text = seed('axios-doj-watchdog.txt')
    const suggestions = findSuggestions(text)
    expect(sentenceWith(suggestions, 'At least 545 parents')?.exact).toBe(
      'Why it matters: At least 545 parents separated from their children at the U.S.-Mexico border ' +
        // The seed has a no-break space after "policy", as the page did.
        'under the now-reversed policy\u00A0could not be located as of October.',
    )
    const figure = suggestions.find((s) => s.kind === 'FIGURE' && s.exact === 'At least 545 parents')
    expect(figure?.figure).toEqual({
      qualifier: 'AT_LEAST',
      value: 545,
      low: 545,
      high: null,
      unit: 'parents',
      direction: null,
      text: 'At least 545 parents',
      period: null,
    })
    expect(JSON.parse(JSON.stringify(figure))).toEqual(figure)
  })

  it('suggests "more than 3,000 children" as a figure and its sentence, whole across "U.S."', () => {
    const text = seed('inspector-general-driving-force.txt')
    const suggestions = findSuggestions(text)
    expect(suggestions).toContainEqual(expect.objectContaining({ kind: 'FIGURE', exact: 'more than 3,000 immigrant children' }))
    expect(sentenceWith(suggestions, 'more than 3,000')?.exact).toMatch(
      /^The U\.S\. attorney general’s office was a “driving force” .* by the U\.S\. Department of Justice’s inspector general\.$/,
    )
  })

  it('suggests comparisons without a figure: "fewer ... since at least 2001", "plummeted"', () => {
    const sentences = checkWorthy(seed('zero-tolerance-essay.txt'))
    expect(sentences).toContain(
      'In June and July of last year, federal prosecutors charged fewer people with drug-trafficking ' +
        'violations than in any month since at least 2001.',
    )
    expect(sentences).toContain(
      'With federal prosecutors now spending exorbitant amounts of time on these lower-level cases, ' +
        'drug-trafficking prosecutions have\u00A0plummeted.',
    )
  })

  it('suggests attributed statements and every sentence stating a figure', () => {
    const sentences = checkWorthy(seed('mother-jones-prosecutions-spike.txt'))
    expect(sentences).toContain('During the same period, the number of non-immigration prosecutions declined by 35 percent.')
    expect(sentences.some((s) => s.startsWith('In June, CBP referred 11,086 new cases'))).toBe(true)
    expect(sentences.some((s) => s.startsWith('That was up from 9,216 in May and 6,368 in March'))).toBe(true)
    expect(checkWorthy(seed('inspector-general-driving-force.txt'))).toContain(
      '“We need to take away children,” Sessions said, according to notes of the meeting.',
    )
  })

  it('skips questions, short lines, plain statements and run-ons', () => {
    const text = [
      'Did prosecutions rise by 79 percent?',
      'Fewer than 10 cases.',
      'The White House did not immediately respond to a request for comment.',
      `Officials said ${'that the policy would work and '.repeat(25)}it did not.`,
      'Prosecutors filed 11,086 cases in June, officials said.',
    ].join('\n\n')
    expect(checkWorthy(text)).toEqual(['Prosecutors filed 11,086 cases in June, officials said.'])
  })
})
