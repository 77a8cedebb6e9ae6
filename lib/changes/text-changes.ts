// The paragraphs a new version of a source adds or removes, for the editor who publishes it: line
// by line (cheap on a long report), and at most `limit` of them, with the count of the rest.
import { diffLines } from 'diff'

export type ParagraphChange = { kind: 'added' | 'removed'; text: string }

export function changedParagraphs(before: string, after: string, limit = 40): { changes: ParagraphChange[]; more: number } {
  const changes = diffLines(before, after)
    .filter((part) => part.added || part.removed)
    .flatMap((part) =>
      part.value
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((text): ParagraphChange => ({ kind: part.added ? 'added' : 'removed', text })),
    )
  return { changes: changes.slice(0, limit), more: Math.max(0, changes.length - limit) }
}
