// Sentence boundaries as the figure reader needs them: a period or a unit named in one sentence
// does not reach into the next. A semicolon counts as an end; "U.S." and "Dr." do not.

/** "U.S.", "Dr.", "Sept.": a full stop that ends no sentence. */
const ABBREVIATION = /(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/
const END = /[.!?]["'”’)\]]*\s+(?=["“‘'(]?[A-Z\d])|;\s|\n/g

export type Sentences = {
  /** The index of the sentence an offset is in. */
  indexAt: (offset: number) => number
  /** Where sentence `index` starts. */
  startOf: (index: number) => number
}

export function sentencesOf(text: string): Sentences {
  const ends: number[] = []
  for (const m of text.matchAll(END)) {
    if (!ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) ends.push(m.index + 1)
  }
  ends.push(text.length)
  const indexAt = (offset: number) => {
    // Binary search: long sources have thousands of sentences.
    let [low, high] = [0, ends.length - 1]
    while (low < high) {
      const mid = (low + high) >> 1
      if (offset < ends[mid]!) high = mid
      else low = mid + 1
    }
    return low
  }
  const startOf = (index: number) => (index === 0 ? 0 : ends[index - 1]!)
  return { indexAt, startOf }
}
