// The query mix of `npm run bench`, drawn from whatever corpus the database holds (so the benchmark
// needs nothing from how the corpus was made): words counted over a sample of published claims.
import type { Db } from '../db'
import type { KnownItemQuery } from '../search/evaluation/relevance'
import type { SearchQuery } from './bench-site-search'

const SAMPLE = 3_000
/** Words too common to say anything (the text search drops them anyway). */
const STOPWORDS = new Set(
  'the and for that with this from were was have has had been are not but its their they than into over more about which would could after when what also said there these those them will other only some such most then under while where who whom whose each same very can per'.split(' '),
)

/** Removes the last vowel that isn't the word's final letter: "separated" → "separatd", "children" → "childrn". */
export function misspell(word: string): string {
  for (let i = word.length - 2; i > 0; i--) if ('aeiou'.includes(word[i]!)) return word.slice(0, i) + word.slice(i + 1)
  return word.slice(0, -1)
}

const mostFrequent = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]

/**
 * Six kinds: the commonest word, a rare word (seen least often in the sample of claim texts and
 * claimants, at best once), the commonest number of three or more digits (years aside), the
 * commonest two-word phrase (quoted), the commonest pair of long words misspelt (each missing a
 * letter), and the commonest word with a rating filter.
 */
export async function deriveQueries(db: Db): Promise<SearchQuery[]> {
  const rows = await db.$queryRaw<Array<{ text: string }>>`
    SELECT concat_ws(' ', text, claimant) AS text FROM "Claim" WHERE "publishedAt" IS NOT NULL ORDER BY md5(id) LIMIT ${SAMPLE}`
  const words = new Map<string, number>()
  const numbers = new Map<string, number>()
  const pairs = new Map<string, number>()
  for (const { text } of rows) {
    const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    for (const [i, token] of tokens.entries()) {
      // Years would make every number a year ("545", not "2018"); "000" is the tail of "1,000".
      if (/^[1-9]\d{2,}$/.test(token) && !/^(19|20)\d\d$/.test(token)) numbers.set(token, (numbers.get(token) ?? 0) + 1)
      if (!/^\p{L}{4,}$/u.test(token) || STOPWORDS.has(token)) continue
      words.set(token, (words.get(token) ?? 0) + 1)
      const next = tokens[i + 1]
      if (next && /^\p{L}{4,}$/u.test(next) && !STOPWORDS.has(next)) pairs.set(`${token} ${next}`, (pairs.get(`${token} ${next}`) ?? 0) + 1)
    }
  }
  const common = mostFrequent(words)
  const phrase = mostFrequent(pairs)
  if (!common || !phrase) throw new Error('the corpus has no published claim text to draw queries from')
  // Of the words seen least often, the longest (alphabetically first among equals): a real word, not a fragment.
  const fewest = Math.min(...words.values())
  const rare = [...words].filter(([, n]) => n === fewest).map(([word]) => word).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!
  // Misspelt short words ("zro") have too few trigrams to be recognised by anyone: misspell long ones.
  const longPairs = new Map([...pairs].filter(([pair]) => pair.split(' ').every((word) => word.length >= 7)))
  const typo = (mostFrequent(longPairs) ?? phrase).split(' ').map(misspell).join(' ')
  return [
    { kind: 'common word', q: common },
    { kind: 'rare word', q: rare },
    { kind: 'number', q: mostFrequent(numbers) ?? '545' },
    { kind: 'two-word phrase', q: `"${phrase}"` },
    { kind: 'typo', q: typo },
    { kind: 'rating filter', q: common, rating: 'MOSTLY_FALSE' },
  ]
}

/** Letters-only words of four letters or more that say something, in order. */
const contentWords = (text: string) => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !STOPWORDS.has(word))

/**
 * Known-item queries built mechanically from `count` synthetic claims (sampled by a hash of the id,
 * so the same every run), two for each: "claimant and words", the claimant's surname with the two
 * longest words of the claim (what a reader who remembers who said it might type), and "words of
 * the claim", three of its words from the middle, in order. The corpus copies the seed sources'
 * sentences about a thousand times over, so the second finds its claim among copies about as often
 * as chance: it measures the corpus as much as the search (docs/decisions/027-search-ranking.md).
 */
export async function sampleKnownItems(db: Db, count: number): Promise<KnownItemQuery[]> {
  const rows = await db.$queryRaw<Array<{ slug: string; text: string; claimant: string | null }>>`
    SELECT slug, text, claimant FROM "Claim" WHERE "id" LIKE 'bench-c%' AND "publishedAt" IS NOT NULL ORDER BY md5("id") LIMIT ${count}`
  return rows.flatMap(({ slug, text, claimant }) => {
    const words = contentWords(text)
    if (words.length < 3) return []
    const longest = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 2)
    const middle = Math.max(0, Math.floor(words.length / 2) - 1)
    const surname = claimant?.split(' ').at(-1)
    return [
      ...(surname ? [{ slug, kind: 'sampled: claimant and words', q: `${surname} ${longest.join(' ')}` }] : []),
      { slug, kind: 'sampled: words of the claim', q: words.slice(middle, middle + 3).join(' ') },
    ]
  })
}
