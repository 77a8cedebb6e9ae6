import { describe, expect, it } from 'vitest'
import { byCheckWorthiness, FEATURES, MAX_SENTENCE_LENGTH, scoreSentence } from './check-worthiness'

const score = (text: string, figures = 0, line?: string) => scoreSentence(text, { figures, line })
const isOffered = (text: string, figures = 0) => score(text, figures).isOffered

describe('scoreSentence', () => {
  it('puts a sentence with figures and an attribution above scene-setting, which it does not offer', () => {
    const claim = score('In June, CBP referred 11,086 new cases to the Justice Department, according to Sarah Pierce.', 1)
    const scene = score('The chamber was nearly empty by the time the last amendments came up.')
    expect(claim.isOffered).toBe(true)
    expect(claim.reasons).toEqual(expect.arrayContaining(['figure', 'attribution', 'named body ×2', 'date']))
    expect(scene).toEqual({ score: 0, isOffered: false, reasons: [] })
  })

  it('offers a comparison, a change, a superlative, a causal claim or a finding without a figure', () => {
    expect(isOffered('In June and July, prosecutors charged fewer people with drug crimes than in any month before.')).toBe(true)
    expect(isOffered('With prosecutors busy on these lower-level cases, drug-trafficking prosecutions have plummeted.')).toBe(true)
    expect(isOffered('That change caused the family separation crisis by turning children into unaccompanied minors.')).toBe(true)
    expect(isOffered('Case management records show that attorneys were moved to immigration prosecutions.')).toBe(true)
  })

  it('never offers a question, boilerplate, a very short or a very long sentence, whatever they state', () => {
    expect(score('Did prosecutions rise by 79 percent between March and June?', 1)).toMatchObject({ isOffered: false, reasons: ['question'] })
    expect(score('Subscribe to The Morning Ledger, our free daily newsletter, and join more than 500,000 readers.', 1).reasons).toEqual(['boilerplate'])
    expect(score('The White House did not immediately respond to a request for comment.').reasons).toEqual(['boilerplate'])
    expect(score('Fewer than 10 cases rose.', 1).reasons).toEqual(['too short'])
    expect(score(`Officials said ${'that the policy would work and '.repeat(25)}it did not.`).reasons).toEqual(['too long'])
  })

  it('ranks opinion, hedges and feelings below the plain claim', () => {
    const plain = score('The Department of Justice charged 1,200 people with illegal entry in June.', 1).score
    expect(score('The Department of Justice should charge 1,200 people with illegal entry in June.', 1).score).toBeLessThan(plain)
    expect(score('The Department of Justice might charge 1,200 people with illegal entry in June.', 1).score).toBeLessThan(plain)
    expect(score('I am proud the Department of Justice charged 1,200 people with illegal entry in June.', 1).score).toBeLessThan(plain)
    // "could not" is no hedge: "545 parents could not be located".
    expect(score('At least 545 parents could not be located as of October.', 1).reasons).not.toContain('hedge')
  })

  it('does not offer a quote of feeling, and ranks it below an attributed fact', () => {
    const feeling = score('“I wish we all had done better,” Rosenstein said.')
    expect(feeling.reasons).toContain('quote in the first person')
    expect(feeling.isOffered).toBe(false)
    expect(score('The former deputy attorney general said the policy separated 3,000 children.', 1).isOffered).toBe(true)
  })

  it('marks down the writer speaking, but not a report’s “we found”', () => {
    const appeal = score('We are looking to raise $500,000 from our readers by July, and we can dig deeper.', 1)
    expect(appeal.reasons).toContain('writer speaking ×3')
    expect(appeal.isOffered).toBe(false)
    expect(score('We found that the Department paid $38.4 million to applicants who were not eligible.', 1).reasons).not.toContain('writer speaking')
  })

  it('marks down a prediction only when it gives no figure', () => {
    expect(score('Gov. Helen Strand has said she will sign the budget next week.').reasons).toContain('prediction without a figure')
    expect(score('The budget office says the deficit will reach $1.9 billion in 2027.', 1).reasons).not.toContain('prediction without a figure')
  })

  it('marks down captions (by their line), headings, bylines and instructions', () => {
    const sentence = 'Border Patrol agents take 40 asylum seekers into custody near McAllen, Texas.'
    const caption = score(sentence, 1, `${sentence} John Moore/Getty`)
    expect(caption.reasons).toContain('caption')
    expect(caption.score).toBeLessThan(score(sentence, 1).score)
    // A long line is no caption, and is not read.
    expect(score(sentence, 1, `${sentence} ${'More words follow. '.repeat(40)}Photo: A. Person`).reasons).not.toContain('caption')
    expect(score('Homicides fall to their lowest level in a decade in the city', 0).reasons).toContain('heading')
    expect(score('By Dana Whitfield, Capitol Bureau, State House reporter', 0).reasons).toContain('byline')
    expect(score('Review the remaining $35.5 million in questioned payments and seek recovery.', 1).reasons).toContain('instruction')
  })

  it('counts named people and bodies, not capitals that only open a sentence or a heading', () => {
    expect(score('The U.S. Department of Justice said Gene Hamilton drafted the directive.').reasons).toContain('named body ×2')
    expect(score('DOJ officials were aware of challenges before the policy was issued.').reasons).toContain('named body')
    expect(score('Prosecutors were aware of challenges before the policy was issued.').reasons).not.toContain('named body')
    expect(score('The Spike in Immigration Prosecutions Is Causing Other Crimes to Go Unpunished').reasons).not.toContain('named body')
  })

  it('reads a 1.5 MB article of 3,000 sentences in one go', () => {
    // Kept as a plain test, not a timed one: npm run bench:check-worthy prints the time.
    const sentence = 'In June, CBP referred 11,086 new cases to the Justice Department, the highest number ever, according to Sarah Pierce of the Migration Policy Institute. '
    const sentences = Array.from({ length: Math.ceil(1_500_000 / sentence.length) }, () => sentence.trim())
    expect(sentences.length).toBeGreaterThan(9_000)
    expect(sentences.every((text) => scoreSentence(text, { figures: 1 }).isOffered)).toBe(true)
  })
})

describe('the feature table', () => {
  it('names each feature once, with a weight', () => {
    expect(new Set(FEATURES.map((f) => f.name)).size).toBe(FEATURES.length)
    for (const feature of FEATURES) expect(feature.weight).not.toBe(0)
    // What is checkable only adds to a score; what a fact-checker does not check only takes away.
    for (const feature of FEATURES.filter((f) => f.isCheckable)) expect(feature.weight).toBeGreaterThan(0)
    expect(MAX_SENTENCE_LENGTH).toBe(600)
  })
})

describe('byCheckWorthiness', () => {
  it('orders best first, and equal scores in text order', () => {
    const ranked = [
      { start: 30, score: 2 },
      { start: 10, score: 5 },
      { start: 0, score: 2 },
    ].sort(byCheckWorthiness)
    expect(ranked.map((s) => s.start)).toEqual([10, 0, 30])
  })
})
