// Offsets are UTF-16 code units (what String#slice uses), so an offset can land between the two
// halves of an astral character such as an emoji. These helpers keep slices well-formed.

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** True when `index` falls between a high and a low surrogate, i.e. inside one character. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false
  return isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index))
}

/** Moves a boundary that would split a character forward (for starts) or back (for ends). */
export function snapBoundary(text: string, index: number, direction: 'forward' | 'back'): number {
  if (!splitsSurrogatePair(text, index)) return index
  return direction === 'forward' ? index + 1 : index - 1
}

/** Every start offset of `exact` in `text`, overlapping ones included ("aa" twice in "aaa"). */
export function findOccurrences(text: string, exact: string): number[] {
  const positions: number[] = []
  if (exact.length === 0) return positions
  let from = text.indexOf(exact)
  while (from !== -1) {
    positions.push(from)
    from = text.indexOf(exact, from + 1)
  }
  return positions
}
