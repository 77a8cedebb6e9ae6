import { describe, expect, it } from 'vitest'
import { compareRevisions, isSameContent, type ComparableRevision } from './compare'

const quote = (quoteId: string, note: string | null = null) => ({ quoteId, exact: `passage ${quoteId}`, sourceTitle: 'A source', note })

const first: ComparableRevision = {
  revision: 1,
  rating: 'TRUE',
  summary: 'At least 545 parents had not been found.',
  rationale: 'The report says so.\n\nNo other source disagrees.',
  correctionNote: null,
  evidence: [quote('a', 'The count'), quote('b'), quote('c')],
}

const second: ComparableRevision = {
  revision: 2,
  rating: 'MOSTLY_TRUE',
  summary: 'At least 545 parents had not been found by October 2020.',
  rationale: 'The report says so.\n\nA later count says 611.',
  correctionNote: 'Added the later count.',
  evidence: [quote('a', 'The first count'), quote('c'), quote('d', 'The later count')],
}

describe('comparing verdict revisions', () => {
  it('compares rating by its label, summary, rationale and correction note', () => {
    const { fields } = compareRevisions(first, second)
    const byName = Object.fromEntries(fields.map((item) => [item.field, item]))
    expect(byName.rating!.parts).toEqual([
      { text: 'True', kind: 'removed' },
      { text: 'Mostly true', kind: 'added' },
    ])
    expect(byName.summary!.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['by October 2020'])
    expect(byName.rationale!.parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toContain('No other source disagrees')
    // Paragraph breaks survive, so the rationale diff still reads as paragraphs.
    expect(byName.rationale!.parts.map((part) => part.text).join('')).toContain('\n\n')
    expect(byName.correctionNote).toMatchObject({ isChanged: true, parts: [{ text: 'Added the later count.', kind: 'added' }] })
  })

  it('lists each cited passage as added, removed, moved or re-noted', () => {
    const { evidence, isEvidenceChanged } = compareRevisions(first, second)
    expect(isEvidenceChanged).toBe(true)
    expect(evidence.map(({ quoteId, change, before, after }) => ({ quoteId, change, before, after }))).toEqual([
      { quoteId: 'a', change: 'changed', before: 1, after: 1 },
      { quoteId: 'c', change: 'changed', before: 3, after: 2 },
      { quoteId: 'd', change: 'added', before: null, after: 3 },
      { quoteId: 'b', change: 'removed', before: 2, after: null },
    ])
    expect(evidence[0]!.noteParts).toContainEqual({ text: 'first', kind: 'added' })
  })

  it('reports nothing changed between identical revisions', () => {
    const { fields, evidence, isEvidenceChanged } = compareRevisions(first, { ...first, revision: 2 })
    expect(fields.every((item) => !item.isChanged)).toBe(true)
    expect(evidence.every((item) => item.change === 'unchanged')).toBe(true)
    expect(isEvidenceChanged).toBe(false)
  })

  it('tells a save of the same content from an edit: every field, each note and the order of the passages count', () => {
    expect(isSameContent(first, { ...first, evidence: first.evidence.map((item) => ({ ...item })) })).toBe(true)
    expect(isSameContent({ ...first, correctionNote: null }, { ...first, correctionNote: '' })).toBe(true)
    // A browser sends a textarea's line breaks as CRLF.
    expect(isSameContent(first, { ...first, rationale: first.rationale.replaceAll('\n', '\r\n') })).toBe(true)
    expect(isSameContent(first, { ...first, evidence: [quote('a', 'The count'), quote('b', ''), quote('c')] })).toBe(true)
    for (const change of [{ rating: 'MIXED' as const }, { summary: 'Other.' }, { rationale: 'Other.' }, { correctionNote: 'A note.' }]) {
      expect(isSameContent(first, { ...first, ...change }), JSON.stringify(change)).toBe(false)
    }
    expect(isSameContent(first, { ...first, evidence: [quote('a', 'The count'), quote('c'), quote('b')] })).toBe(false)
    expect(isSameContent(first, { ...first, evidence: [quote('a', 'Another note'), quote('b'), quote('c')] })).toBe(false)
    expect(isSameContent(first, { ...first, evidence: first.evidence.slice(0, 2) })).toBe(false)
  })
})
