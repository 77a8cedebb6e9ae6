// Compares a verdict revision with the one before it, word by word, for the compare view.
import type { Rating } from '../generated/prisma/enums'
import { RATINGS } from './ratings'
import { diffText, type DiffPart } from '../text-diff/word-diff'

export type ComparableEvidence = { quoteId: string; exact: string; sourceTitle: string; note: string | null }

export type ComparableRevision = {
  revision: number
  rating: Rating
  summary: string
  rationale: string
  correctionNote: string | null
  evidence: ComparableEvidence[]
}

export type FieldComparison = { field: 'rating' | 'summary' | 'rationale' | 'correctionNote'; label: string; isChanged: boolean; parts: DiffPart[] }

export type EvidenceComparison = ComparableEvidence & {
  change: 'added' | 'removed' | 'unchanged' | 'changed'
  /** 1-based positions in each revision; null where the passage is not cited. */
  before: number | null
  after: number | null
  noteParts: DiffPart[]
}

export type RevisionComparison = { fields: FieldComparison[]; evidence: EvidenceComparison[]; isEvidenceChanged: boolean }

function field(name: FieldComparison['field'], label: string, before: string, after: string): FieldComparison {
  return { field: name, label, isChanged: before !== after, parts: diffText(before, after) }
}

function compareEvidence(older: ComparableEvidence[], newer: ComparableEvidence[]): EvidenceComparison[] {
  const olderIndex = new Map(older.map((item, index) => [item.quoteId, index]))
  const newerIndex = new Map(newer.map((item, index) => [item.quoteId, index]))
  const kept = newer.map((item, index): EvidenceComparison => {
    const was = olderIndex.get(item.quoteId)
    if (was === undefined) return { ...item, change: 'added', before: null, after: index + 1, noteParts: diffText('', item.note ?? '') }
    const previous = older[was]!
    const isSame = was === index && (previous.note ?? '') === (item.note ?? '')
    return { ...item, change: isSame ? 'unchanged' : 'changed', before: was + 1, after: index + 1, noteParts: diffText(previous.note ?? '', item.note ?? '') }
  })
  const removed = older
    .filter((item) => !newerIndex.has(item.quoteId))
    .map((item): EvidenceComparison => ({ ...item, change: 'removed', before: olderIndex.get(item.quoteId)! + 1, after: null, noteParts: diffText(item.note ?? '', '') }))
  return [...kept, ...removed]
}

/** A revision's content as a save writes it: what a change of makes someone its contributor. */
export type RevisionContent = Pick<ComparableRevision, 'rating' | 'summary' | 'rationale' | 'correctionNote'> & {
  evidence: ReadonlyArray<{ quoteId: string; note: string | null }>
}

/** The same words: an empty text is no text, and a browser's CRLF line breaks are line breaks. */
const sameText = (a: string | null, b: string | null) => (a ?? '').replace(/\r\n?/g, '\n') === (b ?? '').replace(/\r\n?/g, '\n')

/**
 * Whether two copies of a revision say the same, by the rules the comparison shows: an empty note
 * is no note, and the order of the cited passages counts. A save of the same content is no edit.
 */
export function isSameContent(a: RevisionContent, b: RevisionContent): boolean {
  const sameEvidence =
    a.evidence.length === b.evidence.length && a.evidence.every((item, index) => item.quoteId === b.evidence[index]!.quoteId && sameText(item.note, b.evidence[index]!.note))
  return a.rating === b.rating && sameText(a.summary, b.summary) && sameText(a.rationale, b.rationale) && sameText(a.correctionNote, b.correctionNote) && sameEvidence
}

/** What changed from `older` to `newer`: each field with its word diff, and each cited passage. */
export function compareRevisions(older: ComparableRevision, newer: ComparableRevision): RevisionComparison {
  const evidence = compareEvidence(older.evidence, newer.evidence)
  return {
    fields: [
      field('rating', 'Rating', RATINGS[older.rating].label, RATINGS[newer.rating].label),
      field('summary', 'Summary', older.summary, newer.summary),
      field('rationale', 'Rationale', older.rationale, newer.rationale),
      field('correctionNote', 'Correction note', older.correctionNote ?? '', newer.correctionNote ?? ''),
    ],
    evidence,
    isEvidenceChanged: evidence.some((item) => item.change !== 'unchanged'),
  }
}
