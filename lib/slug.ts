// Public slugs for claims and quantities: lowercase ASCII words joined by hyphens, short enough
// to read in a URL. A slug is chosen once; callers decide when it may no longer change.

export const SLUG_MAX_LENGTH = 80

/**
 * "At least 545 parents … as of October 2020." → "at-least-545-parents-…-as-of-october-2020".
 * Accents are dropped (é → e), everything else that is not a letter or digit separates words, and
 * a slug longer than `maxLength` is cut at a word boundary. Text with no letters or digits gives
 * `fallback`.
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH, fallback = 'claim'): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "U.S.", "don’t" and "3,000" read better as "us", "dont" and "3000" than as "u-s", "don-t", "3-000".
    .replace(/(?<=[a-z0-9])[.'’](?=[a-z0-9])/g, '')
    .replace(/(?<=\d),(?=\d{3})/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) break
    slug = next
  }
  // A first word longer than the limit is cut rather than dropped.
  if (!slug && words[0]) slug = words[0].slice(0, maxLength)
  return slug || fallback.slice(0, maxLength)
}

/** `base` with a counter ("-2", "-3", …), still within `maxLength`. */
export function slugWithCounter(base: string, counter: number, maxLength = SLUG_MAX_LENGTH): string {
  if (counter <= 1) return base
  const suffix = `-${counter}`
  let stem = base
  while (stem.length + suffix.length > maxLength) {
    const cut = stem.lastIndexOf('-')
    stem = cut > 0 ? stem.slice(0, cut) : stem.slice(0, maxLength - suffix.length)
  }
  return `${stem}${suffix}`
}

/** The first of `base`, `base-2`, `base-3`, … that is not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>, maxLength = SLUG_MAX_LENGTH): string {
  for (let counter = 1; ; counter++) {
    const candidate = slugWithCounter(base, counter, maxLength)
    if (!taken.has(candidate)) return candidate
  }
}
