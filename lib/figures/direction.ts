import type { Token } from './tokenize'
import type { FigureDirection } from './types'

const INCREASE = new Set([
  'increase', 'increased', 'increases', 'rose', 'rise', 'rises', 'risen', 'grew', 'grown', 'growth',
  'jumped', 'jump', 'spiked', 'spike', 'surged', 'surge', 'soared', 'climbed', 'gained', 'gain',
  'up', 'higher', 'more', 'swelled',
])
const DECREASE = new Set([
  'decrease', 'decreased', 'decreases', 'declined', 'decline', 'declines', 'fell', 'fall', 'fallen',
  'dropped', 'drop', 'drops', 'plummeted', 'plunged', 'shrank', 'shrunk', 'down', 'cut', 'reduced',
  'reduction', 'lower', 'fewer', 'less', 'slid', 'sank', 'dipped', 'dip', 'slumped',
])

/** "rose", "fell", "up", "cut": a word that says a figure changed. */
export const isChangeWord = (token: Token | undefined) => directionOf(token) !== null

function directionOf(token: Token | undefined): FigureDirection | null {
  if (token?.kind !== 'word') return null
  if (INCREASE.has(token.lower)) return 'increase'
  if (DECREASE.has(token.lower)) return 'decrease'
  return null
}

/**
 * Which way a percent change went, from the verb shortly before it ("prosecutions spiked by 79
 * percent", "declined by 35 percent") or the noun right after it ("a 35 percent drop"). Looks back
 * at most three words within the clause, so "accounted for just 6 percent" has no direction.
 */
export function findDirection(tokens: Token[], first: number, after: number): FigureDirection | null {
  for (let k = first - 1; k >= Math.max(0, first - 3); k -= 1) {
    const token = tokens[k]
    if (token?.kind !== 'word') break
    const direction = directionOf(token)
    if (direction !== null) return direction
  }
  return directionOf(tokens[after])
}
