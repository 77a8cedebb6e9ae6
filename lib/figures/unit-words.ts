// Word lists for guessing the unit noun after a number. Deliberately small: the unit is a hint
// for the reviewer, who confirms it, not a parse of English.

/** Words between a number and its noun that say nothing about the unit: "11,086 new cases". */
export const SKIPPED_ADJECTIVES = new Set([
  'new', 'separated', 'more', 'additional', 'other', 'total', 'separate', 'individual',
  'different', 'reported', 'estimated', 'further', 'extra', 'such',
])

/** A unit noun never is, or follows, one of these: "9,216 in May" has no unit. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'in', 'on', 'at', 'to', 'by',
  'for', 'from', 'with', 'without', 'into', 'onto', 'over', 'under', 'above', 'below', 'about',
  'after', 'before', 'since', 'until', 'between', 'during', 'through', 'across', 'against',
  'among', 'per', 'than', 'as', 'like', 'via', 'within', 'each', 'every', 'this', 'that', 'these',
  'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'if', 'because',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'not', 'no',
  'it', 'its', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your',
  'i', 'me', 'my', 'us', 'last', 'next', 'ago', 'later', 'earlier', 'said', 'says', 'say',
  'according', 'also', 'only', 'just', 'then', 'there', 'here', 'all', 'both', 'some', 'any',
  'up', 'down', 'out', 'off', 'again', 'too', 'very', 'even', 'still',
])

/** Plurals that do not end in -s. */
const IRREGULAR_PLURALS = new Set([
  'children', 'people', 'men', 'women', 'police', 'personnel', 'staff', 'feet', 'teeth', 'mice',
  'geese', 'data', 'media', 'criteria', 'deer', 'sheep', 'fish',
])

/** A rough plural test: "parents", "cases", "children"; not "status", "across", "press". */
export function isPluralLike(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)
}

export const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep',
  'Sept', 'Oct', 'Nov', 'Dec',
])
