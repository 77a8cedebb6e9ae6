// Whether a figure states what its quoted words say, read with the same reader the import
// suggestions use (findFigures, then storedForm: a stated decrease is a negative percent change).
//
// The rule. The words may state several figures; the entered figure agrees when it matches ANY
// of them, where matching means:
// - the same qualifier (exact, at least, more than, at most, fewer than, about, range): strict;
// - the same value, to the 6 decimals a figure is stored with: strict (for a range, its midpoint);
// - the same interval (figureInterval: the bounds, or what the qualifier implies when a bound is
//   left empty, so "about 70,000" with no bounds typed is the reader's 66,500 to 73,500): strict;
// - a compatible unit, lenient: both are read the way the reader reads a unit after a number
//   ("parents" and "parent", "percent" and "percent change", "dollars" and "USD" are one unit),
//   and the entered unit may be more specific than the words' noun ("separated children" for
//   words reading "children") but not different ("hours" for "days"); words with no unit noun
//   ("9,216 in May") accept any unit.
// Words in which the reader finds no figure at all disagree with every figure. A figure that
// disagrees may still be saved with a reason it is derived from the words ("two thirds of 900",
// "a unit conversion: 3 days = 72 hours"): see figureWordsProblem.
import { storedForm } from './figure-defaults'
import { figureInterval, formatInterval, type Interval } from './compare'
import { findFigures } from './find-figures'
import type { FigureQualifier } from './types'
import { isPluralLike } from './unit-words'

/** A number as forms and the database hold it: a string, a number, a Prisma Decimal, or nothing. */
export type FigureNumber = string | number | { toString(): string } | null | undefined

export type EnteredFigure = { qualifier: FigureQualifier; value: FigureNumber; low: FigureNumber; high: FigureNumber; unit: string }

export type FigurePart = 'value' | 'qualifier' | 'bounds' | 'unit'

export type Disagreement = {
  /** The reading closest to the entered figure, in words ("more than 2,500 children"); null when the words state no number. */
  reading: string | null
  /** Every figure the words state, in words, in order. */
  readings: string[]
  /** What differs from the closest reading; for words without a number, just the value. */
  parts: FigurePart[]
}

type Stated = { qualifier: FigureQualifier; value: number | null; low: number | null; high: number | null; unit: string }

function toNumber(n: FigureNumber): number | null {
  if (n === null || n === undefined) return null
  const text = String(n).replace(/[,\s]/g, '')
  if (text === '') return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

// Figures are stored as Decimal(20, 6).
const sameNumber = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Number(a.toFixed(6)) === Number(b.toFixed(6)))
const sameEnd = (a: number, b: number) => (Number.isFinite(a) || Number.isFinite(b) ? sameNumber(a, b) : a === b)
const sameInterval = (a: Interval, b: Interval) =>
  sameEnd(a.low, b.low) && sameEnd(a.high, b.high) && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen

const IRREGULAR_SINGULARS: Record<string, string> = { children: 'child', people: 'person', men: 'man', women: 'woman' }
function singular(word: string): string {
  const irregular = IRREGULAR_SINGULARS[word]
  if (irregular) return irregular
  if (!isPluralLike(word)) return word
  if (/(?:ch|sh|x|ss|z)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  return word.slice(0, -1)
}
const words = (unit: string) => unit.toLowerCase().split(/[^\p{L}\p{N}%$€£]+/u).filter(Boolean).map(singular)

/** The unit as the reader reads it after a number ("dollars" → USD, "percent change" → percent), singular. */
function unitKey(unit: string): string[] {
  const read = findFigures(`2 ${unit}`)[0]?.unit
  return words(read === 'percent change' ? 'percent' : (read ?? unit))
}

function isSameUnit(entered: string, read: string): boolean {
  if (read === '') return true
  const readKey = unitKey(read)
  const enteredKey = unitKey(entered)
  if (readKey.join(' ') === enteredKey.join(' ')) return true
  // More specific is fine ("separated children" for "children"); every word of the reading must be there.
  const enteredWords = new Set(words(entered))
  return readKey.every((word) => enteredWords.has(word))
}

function differences(entered: Stated, read: Stated): FigurePart[] {
  const parts: FigurePart[] = []
  if (!sameNumber(entered.value, read.value)) parts.push('value')
  if (entered.qualifier !== read.qualifier) parts.push('qualifier')
  if (!sameInterval(figureInterval(entered), figureInterval(read))) parts.push('bounds')
  if (!isSameUnit(entered.unit, read.unit)) parts.push('unit')
  return parts
}

/** A figure in the words the workspace uses for it: "more than 2,500 children", "3 to 7 days". */
export function statedWords(figure: EnteredFigure): string {
  return formatInterval(figureInterval(stated(figure)), figure.unit)
}

function stated(figure: EnteredFigure): Stated {
  return { qualifier: figure.qualifier, value: toNumber(figure.value), low: toNumber(figure.low), high: toNumber(figure.high), unit: figure.unit.trim() }
}

/** The reading in words, with the phrase as written when it says it differently: "66,500 to 73,500 people (“about 70,000 people”)". */
function readingWords(read: Stated, phrase: string): string {
  const words = formatInterval(figureInterval(read), read.unit)
  return words.toLowerCase() === phrase.toLowerCase() ? words : `${words} (“${phrase}”)`
}

/** Null when the entered figure states one of the figures the words state; else what they read as and what differs. */
export function figureDisagreement(exact: string, figure: EnteredFigure): Disagreement | null {
  const entered = stated(figure)
  const found = findFigures(exact).map((parsed) => {
    const form = storedForm(parsed)
    const read: Stated = { qualifier: form.qualifier, value: toNumber(form.value), low: toNumber(form.low), high: toNumber(form.high), unit: form.unit }
    return { words: readingWords(read, parsed.text), parts: differences(entered, read) }
  })
  if (found.length === 0) return { reading: null, readings: [], parts: ['value'] }
  if (found.some((candidate) => candidate.parts.length === 0)) return null
  const closest = found.reduce((best, candidate) => (candidate.parts.length < best.parts.length ? candidate : best))
  return { reading: closest.words, readings: found.map((candidate) => candidate.words), parts: closest.parts }
}

const PART_WORDS: Record<FigurePart, string> = { value: 'number', qualifier: 'qualifier', bounds: 'bounds', unit: 'unit' }

function list(items: string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`
}

/** "The quoted words read as: more than 2,500 children (the number, qualifier and bounds differ)." */
export function readingSentence(disagreement: Disagreement): string {
  if (disagreement.reading === null) return 'The quoted words state no number.'
  const differ = list(disagreement.parts.map((part) => PART_WORDS[part]), 'and')
  return `The quoted words read as: ${list(disagreement.readings, 'or')} (the ${differ} ${disagreement.parts.length === 1 ? 'differs' : 'differ'}).`
}

/**
 * For an editor, when a figure that gives no reason disagrees with its quote's words: what they
 * read as, and what to do; null when it agrees or says how it is derived. The publication step
 * refuses to publish a figure this returns a sentence for.
 */
export function figureWordsProblem(figure: EnteredFigure & { derivation?: string | null }, exact: string): string | null {
  if (figure.derivation?.trim()) return null
  const disagreement = figureDisagreement(exact, figure)
  if (disagreement === null) return null
  return `Disagrees with its words: “${statedWords(figure)}” is entered, but ${readingSentence(disagreement).replace(/^The/, 'the')} Give a reason or correct it.`
}
