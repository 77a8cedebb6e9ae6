// How guessable a new password is, with zxcvbn-ts and the common-password and English dictionaries
// its registry packages ship (no network call). OWASP ASVS asks for a check against common and
// breached passwords rather than composition rules: length alone let "aaaaaaaaaaaa" and
// "password1234" through. The dictionaries are loaded on first use.
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'

/** zxcvbn's 0 to 4: 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3

let factory: ZxcvbnFactory | undefined

const strength = () =>
  (factory ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  }))

/** Null when the password is hard enough to guess; else why not, in words for the form. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  const result = strength().check(password, userInputs.filter(Boolean))
  if (result.score >= MIN_PASSWORD_SCORE) return null
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, '')}. ` : ''
  return `This password is too easy to guess. ${why}Use a few unrelated words, or a password manager’s suggestion.`
}
