import { describe, expect, it } from 'vitest'
import { assembleText } from './assemble'
import type { Line } from './layout'

const line = (text: string, y: number, options: Partial<Line> = {}): Line => ({ text, x: 72, right: 500, y, size: 10, isTableRow: false, hasSoftHyphen: false, ...options })

describe('assembleText', () => {
  it('starts a paragraph at a wider gap, an indented first line or a change of size', () => {
    const { text } = assembleText([
      {
        lines: [
          line('Findings', 90, { size: 14 }),
          line('The first paragraph has', 110),
          line('two lines.', 122),
          line('An indented line starts the second,', 134, { x: 90 }),
          line('which goes on here.', 146),
          line('After a gap, a third.', 170),
        ],
      },
    ])
    expect(text).toBe('Findings\n\nThe first paragraph has two lines.\n\nAn indented line starts the second, which goes on here.\n\nAfter a gap, a third.')
  })

  it('mends a word split over a page break, and the page break falls inside the word', () => {
    const { text, spans } = assembleText([
      { lines: [line('The number of pro-', 700)] },
      { lines: [line('secutions rose.', 90)] },
    ])
    expect(text).toBe('The number of prosecutions rose.')
    expect(spans).toEqual([
      { start: 0, end: 17 },
      { start: 17, end: 32 },
    ])
  })

  it('starts a new paragraph on the next page after a full stop, or before a capital', () => {
    const { text, spans } = assembleText([
      { lines: [line('One ends here.', 700)] },
      { lines: [line('another begins', 90)] },
      { lines: [line('Capital', 90)] },
    ])
    expect(text).toBe('One ends here.\n\nanother begins\n\nCapital')
    expect(spans).toEqual([
      { start: 0, end: 14 },
      { start: 16, end: 30 },
      { start: 32, end: 39 },
    ])
  })

  it('gives a blank page an empty span where it falls', () => {
    const { spans } = assembleText([{ lines: [line('Before.', 90)] }, { lines: [] }, { lines: [line('After.', 90)] }])
    expect(spans).toEqual([
      { start: 0, end: 7 },
      { start: 7, end: 7 },
      { start: 9, end: 15 },
    ])
  })

  it('keeps a dash that ends a line before a number or a name, without a space', () => {
    const { text } = assembleText([{ lines: [line('In 2023–', 90), line('24 the U.S.-', 102), line('Mexico route', 114)] }])
    expect(text).toBe('In 2023–24 the U.S.-Mexico route')
  })
})
