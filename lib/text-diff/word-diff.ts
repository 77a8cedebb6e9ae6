// The one word diff of the codebase (over the `diff` package): verdict revisions, audit entries and
// source versions are all compared here, word by word, with whitespace kept so paragraphs still
// read as paragraphs. Texts are compared paragraph by paragraph first (a line diff, cheap on a
// 2,000,000-character source), then word by word inside each run of changed paragraphs, all
// within one time limit. Measured on the 1.5-million-character bench article (4,373 paragraphs):
// a few edits compare in about 40 ms (one word diff of the whole text takes 300), an edit in every
// tenth paragraph in 130 ms; an edit in every paragraph would take the line diff 4.6 s, so it
// stops at the limit and says the versions differ in too many places.
import { diffLines, diffWords } from 'diff'

export type DiffPart = { text: string; kind: 'same' | 'added' | 'removed' }
/** Unchanged words left out between the context kept around two changes. */
export type SkippedPart = { kind: 'skipped'; words: number }
export type ComparisonPart = DiffPart | SkippedPart

export type TextComparison =
  | {
      status: 'compared'
      parts: ComparisonPart[]
      wordsAdded: number
      wordsRemoved: number
      /** Places where words were added or removed (a run of changes between unchanged words). */
      changes: number
      /** Runs of changed paragraphs shown whole, removed then added: no time was left to compare their words. */
      wholeParagraphRuns: number
    }
  | { status: 'too-different'; timeLimitMs: number; wordsBefore: number; wordsAfter: number }

/** How long a comparison may take before it gives up and says so. */
export const COMPARE_TIME_LIMIT_MS = 1000
/** Unchanged words kept on each side of a change; longer unchanged runs are collapsed. */
export const CONTEXT_WORDS = 10

const WORD = /\S+/g

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

/** The index just after the `n`th word of `text` (0 for none). */
function endOfWords(text: string, n: number): number {
  if (n === 0) return 0
  const word = new RegExp(WORD.source, 'g')
  for (let seen = 0; word.exec(text); ) if (++seen === n) return word.lastIndex
  return text.length
}

/** The index where the last `n` words of `text` start (its length for none). */
function startOfLastWords(text: string, n: number): number {
  let at = text.length
  for (let seen = 0; seen < n && at > 0; seen++) {
    while (at > 0 && /\s/.test(text[at - 1]!)) at--
    while (at > 0 && !/\s/.test(text[at - 1]!)) at--
  }
  return at
}

/**
 * Adds a part, merged into the one before when of the same kind. Spacing alone is no change, as in
 * the word diff: new spacing is kept as unchanged text, spacing taken away is dropped.
 */
function push(parts: DiffPart[], part: DiffPart) {
  if (!part.text.trim()) {
    if (part.kind === 'removed' || !part.text) return
    part = { ...part, kind: 'same' }
  }
  const last = parts.at(-1)
  if (last?.kind === part.kind) last.text += part.text
  else parts.push({ ...part })
}

/**
 * Paragraphs first, then the words of each run of changed paragraphs. Null when the paragraphs
 * themselves could not be compared by `deadline`.
 */
function diffParts(before: string, after: string, deadline: number): { parts: DiffPart[]; wholeParagraphRuns: number } | null {
  const lines = diffLines(before, after, { timeout: Math.max(1, deadline - Date.now()) })
  if (!lines) return null
  const parts: DiffPart[] = []
  let wholeParagraphRuns = 0
  let removed = ''
  let added = ''
  const compareRun = () => {
    if (!removed && !added) return
    const left = deadline - Date.now()
    const words = left > 0 ? diffWords(removed, added, { timeout: left }) : undefined
    if (words) for (const change of words) push(parts, { text: change.value, kind: change.added ? 'added' : change.removed ? 'removed' : 'same' })
    else {
      wholeParagraphRuns++
      push(parts, { text: removed, kind: 'removed' })
      push(parts, { text: added, kind: 'added' })
    }
    removed = added = ''
  }
  for (const line of lines) {
    if (line.removed) removed += line.value
    else if (line.added) added += line.value
    else {
      compareRun()
      push(parts, { text: line.value, kind: 'same' })
    }
  }
  compareRun()
  return { parts: tidySpacing(parts), wholeParagraphRuns }
}

/** Spacing at the edges of a change goes to the unchanged text beside it, so the marks cover words only. */
function tidySpacing(parts: DiffPart[]): DiffPart[] {
  parts.forEach((part, index) => {
    if (part.kind === 'same') return
    const before = parts[index - 1]
    const after = parts[index + 1]
    if (after?.kind === 'same') {
      const text = part.text.trimEnd()
      after.text = part.text.slice(text.length) + after.text
      part.text = text
    }
    if (before?.kind === 'same') {
      const text = part.text.trimStart()
      before.text += part.text.slice(0, part.text.length - text.length)
      part.text = text
    }
  })
  return parts
}

/** Word-level differences between two short texts (a field, a note), every word kept. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ text: before, kind: 'same' }] : []
  const diff = diffParts(before, after, Date.now() + COMPARE_TIME_LIMIT_MS)
  if (diff) return diff.parts
  const whole: DiffPart[] = []
  push(whole, { text: before, kind: 'removed' })
  push(whole, { text: after, kind: 'added' })
  return whole
}

/** Keeps `context` words either side of each change and collapses the unchanged words between. */
function collapse(parts: DiffPart[], context: number): ComparisonPart[] {
  return parts.flatMap((part, index): ComparisonPart[] => {
    if (part.kind !== 'same') return [part]
    const keepStart = index === 0 ? 0 : context
    const keepEnd = index === parts.length - 1 ? 0 : context
    const words = countWords(part.text)
    // Collapse only what is worth a line of its own.
    if (words - keepStart - keepEnd < Math.max(context, 1)) return [part]
    const head = endOfWords(part.text, keepStart)
    const tail = startOfLastWords(part.text, keepEnd)
    const kept: ComparisonPart[] = [{ kind: 'skipped', words: words - keepStart - keepEnd }]
    if (head > 0) kept.unshift({ kind: 'same', text: part.text.slice(0, head) })
    if (tail < part.text.length) kept.push({ kind: 'same', text: part.text.slice(tail) })
    return kept
  })
}

/**
 * Two versions of a long text word by word: the words removed and added, `context` unchanged words
 * either side of each change, the unchanged words between collapsed to a count, and how many words
 * were added and removed. Gives up, saying so, past `timeLimitMs`.
 */
export function compareTexts(before: string, after: string, { timeLimitMs = COMPARE_TIME_LIMIT_MS, context = CONTEXT_WORDS } = {}): TextComparison {
  const diff = before === after ? { parts: before ? [{ text: before, kind: 'same' as const }] : [], wholeParagraphRuns: 0 } : diffParts(before, after, Date.now() + timeLimitMs)
  if (!diff) return { status: 'too-different', timeLimitMs, wordsBefore: countWords(before), wordsAfter: countWords(after) }
  const count = (kind: DiffPart['kind']) => diff.parts.reduce((sum, part) => (part.kind === kind ? sum + countWords(part.text) : sum), 0)
  // Parts of one kind are merged, so a change starts at each changed part after an unchanged one.
  const changes = diff.parts.filter((part, index) => part.kind !== 'same' && (diff.parts[index - 1]?.kind ?? 'same') === 'same').length
  return { status: 'compared', parts: collapse(diff.parts, context), wordsAdded: count('added'), wordsRemoved: count('removed'), changes, wholeParagraphRuns: diff.wholeParagraphRuns }
}
