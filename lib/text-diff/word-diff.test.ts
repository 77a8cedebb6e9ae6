import { describe, expect, it } from 'vitest'
import { compareTexts, countWords, diffText, type ComparisonPart } from './word-diff'

describe('diffText', () => {
  it('marks the words added and removed, keeping the rest', () => {
    expect(diffText('Mostly true', 'Mostly false')).toEqual([
      { text: 'Mostly ', kind: 'same' },
      { text: 'true', kind: 'removed' },
      { text: 'false', kind: 'added' },
    ])
    expect(diffText('same words', 'same words')).toEqual([{ text: 'same words', kind: 'same' }])
    expect(diffText('', '')).toEqual([])
  })

  it('keeps paragraph breaks and compares the words of a changed paragraph', () => {
    const parts = diffText('First.\n\nThe parents of 545 children.\n\nLast.', 'First.\n\nThe parents of 611 children.\n\nLast.')
    expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe('First.\n\nThe parents of 611 children.\n\nLast.')
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([
      { text: '545', kind: 'removed' },
      { text: '611', kind: 'added' },
    ])
  })
})

/** `count` unique paragraphs of about 340 characters each, as a long report has. */
function paragraphs(count: number, offset = 0): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `In district ${i + offset} the office recorded ${(i + offset) * 37} referrals in March and ${(i + offset) * 41} in June, ` +
      `and the inspector general found that staff could not say how many of the ${(i + offset) * 13} families had been reunited ` +
      `by the end of the year; the department disputed the count, saying the records of ${(i + offset) * 7} cases were incomplete.`,
  )
}

const text = (parts: ComparisonPart[]) => parts.map((part) => ('text' in part ? part.text : `[${part.words}]`)).join('')

describe('compareTexts', () => {
  const before = paragraphs(40).join('\n\n')
  const changed = paragraphs(40)
  changed[20] = changed[20]!.replace('could not say', 'could never say').replace('the department disputed', 'the department accepted')
  const after = changed.join('\n\n')

  it('shows a changed sentence word by word, with a few words of context and the rest collapsed to a count', () => {
    const comparison = compareTexts(before, after)
    expect(comparison.status).toBe('compared')
    if (comparison.status !== 'compared') return
    expect(comparison.parts.filter((part) => part.kind === 'removed' || part.kind === 'added')).toEqual([
      { kind: 'removed', text: 'not' },
      { kind: 'added', text: 'never' },
      { kind: 'removed', text: 'disputed' },
      { kind: 'added', text: 'accepted' },
    ])
    expect(comparison).toMatchObject({ wordsAdded: 2, wordsRemoved: 2, changes: 2, wholeParagraphRuns: 0 })
    const [first, second] = comparison.parts
    // Before the first change: the unchanged words up to ten words before it, counted.
    const firstChange = before.indexOf('could not say', before.indexOf('district 20 '))
    expect(first).toEqual({ kind: 'skipped', words: countWords(before.slice(0, firstChange)) + 1 - 10 })
    expect(second).toMatchObject({ kind: 'same', text: expect.stringMatching(/^\S.* could $/) })
    expect(countWords((second as { text: string }).text)).toBe(10)
    expect(comparison.parts.at(-1)).toMatchObject({ kind: 'skipped' })
    // Every word is either shown or counted.
    const shown = comparison.parts.reduce((sum, part) => sum + (part.kind === 'skipped' ? part.words : part.kind === 'added' ? 0 : countWords(part.text)), 0)
    expect(shown).toBe(countWords(before))
  })

  it('keeps the unchanged words between two near changes', () => {
    const comparison = compareTexts('one two three four five six', 'one two 3 four five 6')
    expect(comparison.status === 'compared' && text(comparison.parts)).toBe('one two three3 four five six6')
  })

  it('finds no changed words when only the spacing differs, and everything unchanged when nothing does', () => {
    expect(compareTexts('A line.\nAnother line.', 'A line.\n\nAnother line.')).toMatchObject({ changes: 0, wordsAdded: 0, wordsRemoved: 0 })
    expect(compareTexts(before, before)).toEqual({ status: 'compared', parts: [{ kind: 'skipped', words: countWords(before) }], wordsAdded: 0, wordsRemoved: 0, changes: 0, wholeParagraphRuns: 0 })
    expect(compareTexts('', 'New words here.')).toMatchObject({ parts: [{ kind: 'added', text: 'New words here.' }], wordsAdded: 3 })
  })

  it('compares a 1.5-million-character source with a few edits well within a second', () => {
    const long = paragraphs(5_100)
    const edited = [...long]
    for (const at of [10, 1_200, 2_500, 4_000]) edited[at] = edited[at]!.replace('in June', 'in July') + ' A sentence was added.'
    edited.splice(3_000, 1)
    edited.splice(1_500, 0, 'A wholly new paragraph about the count.')
    const [a, b] = [long.join('\n\n'), edited.join('\n\n')]
    expect(a.length).toBeGreaterThan(1_500_000)
    const started = performance.now()
    const comparison = compareTexts(a, b)
    const took = performance.now() - started
    console.log(`compareTexts: ${a.length.toLocaleString('en-US')} characters, 6 edits, ${Math.round(took)} ms`)
    expect(took).toBeLessThan(500)
    expect(comparison).toMatchObject({ status: 'compared', changes: 10, wordsAdded: 4 * 5 + 7 })
  })

  it('says it cannot compare texts too different to compare within the time limit, rather than hang', () => {
    const a = paragraphs(3_000).join('\n\n')
    const b = paragraphs(3_000, 100_000).join('\n\n')
    const started = performance.now()
    const comparison = compareTexts(a, b, { timeLimitMs: 50 })
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(comparison).toEqual({ status: 'too-different', timeLimitMs: 50, wordsBefore: countWords(a), wordsAfter: countWords(b) })
  })

  it('shows a run of paragraphs whole when their words cannot be compared in time', () => {
    const a = paragraphs(2_000).join(' ')
    const b = paragraphs(2_000, 100_000).join(' ')
    const comparison = compareTexts(a, b, { timeLimitMs: 20 })
    expect(comparison).toMatchObject({ status: 'compared', wholeParagraphRuns: 1, parts: [{ kind: 'removed', text: a }, { kind: 'added', text: b }] })
  })
})
