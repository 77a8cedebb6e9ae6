// The importer's check-worthy rule before issue 14, kept only so that bench:check-worthy can print
// what it gave: every sentence with a figure, a comparison or change word, or an attribution word,
// not a question and neither very short nor very long, offered in text order.
import { findFigures } from '../figures'
import { splitSentences, type Span } from '../import/split-sentences'

const MIN_SENTENCE_WORDS = 6
const MAX_SENTENCE_LENGTH = 600
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December'
const COMPARISON = new RegExp(
  String.raw`\b(?:(?:more|fewer|less|greater|higher|lower|larger|smaller|bigger)\s+than|` +
    String.raw`highest|lowest|largest|smallest|biggest|fewest|the\s+most|majority|record\s+(?:high|low|number)|` +
    String.raw`since\s+(?:at\s+least\s+)?(?:\d{4}|${MONTH})|(?:doubl|tripl|halv)(?:ed|es|ing)|` +
    String.raw`increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|rose|risen|fell|` +
    String.raw`(?:jump|spik|surg|soar|plummet|plung|dropp|drop)(?:ed|es|s|ing)?|grew|outnumber(?:ed|s)?)\b`,
  'i',
)
const ATTRIBUTION =
  /\b(?:said|says|according\s+to|report(?:ed|s)|found|finds|conclud(?:ed|es)|estimat(?:ed|es)|show(?:s|ed|n)?|told|stated|announced|warned|testified|wrote|confirmed|acknowledged|claimed)\b/i
const QUESTION = /\?["'”’)\]]*$/
const WORD = /[\p{L}\p{N}]/u

function isCheckWorthy(sentence: string, hasFigure: boolean): boolean {
  if (sentence.length > MAX_SENTENCE_LENGTH || QUESTION.test(sentence)) return false
  if (sentence.split(/\s+/).filter((word) => WORD.test(word)).length < MIN_SENTENCE_WORDS) return false
  return hasFigure || COMPARISON.test(sentence) || ATTRIBUTION.test(sentence)
}

/** The sentences the importer offered before issue 14, in text order. */
export function offeredBefore(text: string): Span[] {
  const figures = findFigures(text)
  let next = 0
  const hasFigureIn = ({ start, end }: Span): boolean => {
    while (figures[next] !== undefined && figures[next]!.end <= start) next++
    return figures[next] !== undefined && figures[next]!.start < end
  }
  return splitSentences(text).filter((span) => isCheckWorthy(text.slice(span.start, span.end), hasFigureIn(span)))
}
