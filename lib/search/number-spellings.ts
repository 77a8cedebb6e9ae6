// A number is written "3,000" in most texts and typed "3000" in most searches. The text search
// parser reads "3,000" as two numbers, 3 and 000, next to each other, and "3000" as one, so either
// way the other spelling found nothing. Each number of four digits or more in a query is searched
// in both spellings: with thousands separators and without (lib/data/public/search.ts rewrites the
// query's tsquery with each pair).

export type NumberSpelling = { typed: string; other: string }

const GROUPED = /^\d{1,3}(?:,\d{3})+$/
const PLAIN = /^\d{4,}$/

/** "3000" → "3,000"; "11,086" → "11086"; other words and short numbers → null. */
export function otherSpelling(word: string): string | null {
  if (GROUPED.test(word)) return word.replace(/,/g, '')
  if (PLAIN.test(word) && !word.startsWith('0')) return word.replace(/\B(?=(\d{3})+$)/g, ',')
  return null
}

/** The query's numbers that have another spelling, each once, in the order typed. */
export function numberSpellings(q: string): NumberSpelling[] {
  const words = q.split(/[^\d,]+/).map((word) => word.replace(/^,+|,+$/g, ''))
  const seen = new Set<string>()
  return words.flatMap((typed) => {
    const other = otherSpelling(typed)
    if (other === null || seen.has(typed)) return []
    seen.add(typed)
    return [{ typed, other }]
  })
}
