import { describe, expect, it } from 'vitest'
import { parseFigure } from '.'
import { readingWords } from './reading-words'

const read = (words: string, publishedOn?: string) => readingWords(parseFigure(words, { publishedOn: publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null })!)

describe('readingWords', () => {
  it('says each field as the figure form will be pre-filled', () => {
    expect(read('more than 3,000 children in March 2018')).toEqual({ statedAs: 'More than', bounds: 'more than 3,000', unit: 'children', period: 'March 2018 (“in March 2018”)' })
    expect(read('within 72 hours')).toEqual({ statedAs: 'At most', bounds: 'at most 72', unit: 'hours', period: 'not stated' })
    expect(read('about 70,000 people last year', '2024-03-01')).toMatchObject({ statedAs: 'About', bounds: '66,500 to 73,500', period: '2023 (“last year”)' })
  })

  it('shows a stated decrease as the signed percent change the form stores', () => {
    expect(read('prosecutions declined by 35 percent')).toMatchObject({ statedAs: 'Exactly', bounds: '-35', unit: 'percent change' })
  })

  it('reads a suggestion stored before periods were read as undated', () => {
    const { period: _period, ...old } = parseFigure('611 children')!
    expect(readingWords(old as never).period).toBe('not stated')
  })
})
