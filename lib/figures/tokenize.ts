export type TokenKind = 'number' | 'word' | 'symbol'

export type Token = {
  kind: TokenKind
  raw: string
  /** Lowercased `raw`, for matching words. */
  lower: string
  start: number
  end: number
}

// A number is digits with optional thousands separators and decimals: "11,086", "2.3", "545".
// Words keep inner apostrophes ("didn't"); hyphens stay separate tokens, so "twenty-five" and
// "3-7" can be read as parts.
const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0]
    const start = match.index
    const kind: TokenKind = match[1] ? 'number' : match[2] ? 'word' : 'symbol'
    tokens.push({ kind, raw, lower: raw.toLowerCase(), start, end: start + raw.length })
  }
  return tokens
}

/** The numeric value of a number token ("11,086" → 11086). */
export function numeralValue(token: Token): number {
  return Number(token.raw.replaceAll(',', ''))
}

/** True when nothing (not even a space) separates the two tokens. */
export function isAdjacent(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start
}

export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && token.kind === 'word' && words.includes(token.lower)
}

export function isSymbol(token: Token | undefined, ...symbols: string[]): boolean {
  return token !== undefined && token.kind === 'symbol' && symbols.includes(token.raw)
}
