// The one word diff of the codebase (over the `diff` package): verdict revisions, audit entries and
// source versions are all compared here, word by word, with whitespace kept so paragraphs still
// read as paragraphs.
import { diffWords } from 'diff'

export type DiffPart = { text: string; kind: 'same' | 'added' | 'removed' }

/** Word-level differences between two short texts (a field, a note). */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ text: before, kind: 'same' }] : []
  return diffWords(before, after).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }))
}
