// The unit of a figure whose noun is elsewhere in its sentence: "down from 45,774 in 2022" after
// "29,400 people" counts people; "12, four and three libraries" counts libraries; "Homicides fell
// to 253" counts homicides.
import { sentencesOf } from './sentences'
import { isPluralLike } from './unit-words'

type Counted = { start: number; end: number; unit: string | null }

/** Units that say what a number is rather than what it counts. */
const MEASURES = new Set(['percent', 'percentage points', 'fraction', 'times'])
const isCountedNoun = (unit: string | null): unit is string => unit !== null && !MEASURES.has(unit) && !/^[A-Z]{3}$/.test(unit)
/** A guess that is a verb, not a noun: "9 withdrew", "557,000 leaving". */
const isVerbGuess = (unit: string | null) => unit !== null && !isPluralLike(unit) && /(?:ed|ing)$/.test(unit)

/** "The number of patients …", "Burglaries in the borough …": the noun a sentence counts. */
const NUMBER_OF = /\b(?:number|total|count) of ([a-z]+)(?: ([a-z]+))?/i
/** Words a sentence may start with that are not what it counts: "Officials said …". */
const NOT_COUNTED = new Set(['officials', 'figures', 'data', 'statistics', 'results', 'estimates', 'reports', 'analysts', 'researchers', 'police', 'ministers', 'critics'])

function sentenceNoun(sentence: string): string | null {
  // "the number of patients", "the number of new cases": the first plural of the next two words.
  const counted = NUMBER_OF.exec(sentence)?.slice(1).find((word) => word !== undefined && isPluralLike(word.toLowerCase()))
  if (counted !== undefined) return counted.toLowerCase()
  // "Homicides in the city …", "Shoplifting offences recorded …": a plural among the first two words.
  const leading = sentence.replace(/^["“‘(\s]+/, '').split(/\s+/, 2).map((word) => word.toLowerCase().replace(/[^\p{L}]/gu, ''))
  const noun = leading.find((word) => isPluralLike(word))
  return noun !== undefined && !NOT_COUNTED.has(noun) ? noun : null
}

/** The units of `figures` (in text order), with each missing one taken from its sentence. */
export function unitsWithReferences(text: string, figures: Counted[]): Array<string | null> {
  const { indexAt, startOf } = sentencesOf(text)
  const sentences = figures.map((figure) => indexAt(figure.start))
  return figures.map((figure, index) => {
    if (figure.unit !== null && !isVerbGuess(figure.unit)) return figure.unit
    const sentence = sentences[index]
    for (let k = index - 1; k >= 0 && sentences[k] === sentence; k -= 1) {
      if (isCountedNoun(figures[k]!.unit) && !isVerbGuess(figures[k]!.unit)) return figures[k]!.unit
    }
    for (let k = index + 1; k < figures.length && sentences[k] === sentence; k += 1) {
      if (isCountedNoun(figures[k]!.unit) && !isVerbGuess(figures[k]!.unit)) return figures[k]!.unit
    }
    const noun = sentenceNoun(text.slice(startOf(sentence!), figure.start).trimStart())
    return noun ?? (isVerbGuess(figure.unit) ? null : figure.unit)
  })
}
