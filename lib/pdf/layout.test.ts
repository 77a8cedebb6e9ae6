import { describe, expect, it } from 'vitest'
import { expandLigatures, groupIntoLines, layOutPage, lineFromRuns, orderColumns, type TextRun } from './layout'

/** A run of 11-point text at (x, y), 5.5 points a character wide. */
const run = (text: string, x: number, y: number, size = 11): TextRun => ({ text, x, y, width: text.length * size * 0.5, size })

describe('lineFromRuns', () => {
  it('puts a space where the gap is a word space, and none inside a word drawn in pieces', () => {
    expect(lineFromRuns([run('Pro', 72, 100), run('secuted', 88.5, 100), run('cases', 131, 100)])?.text).toBe('Prosecuted cases')
  })

  it('keeps the spaces runs carry, once', () => {
    expect(lineFromRuns([run('the  year ', 72, 100), run('before', 127, 100)])?.text).toBe('the year before')
  })

  it('marks a line with cells set apart by wide gaps as a table row', () => {
    const row = lineFromRuns([run('North', 72, 100), run('1,204', 162, 100), run('1,310', 252, 100)])
    expect(row).toMatchObject({ text: 'North 1,204 1,310', isTableRow: true })
    expect(lineFromRuns([run('North of the river', 72, 100)])?.isTableRow).toBe(false)
  })

  it('keeps one of a word drawn twice in the same place (a fake bold)', () => {
    expect(lineFromRuns([run('Summary', 72, 100), run('Summary', 72.3, 100)])?.text).toBe('Summary')
  })

  it('spaces OCR words however close they are', () => {
    expect(lineFromRuns([run('of', 72, 100), run('which', 83, 100)], true)?.text).toBe('of which')
  })

  it('normalises the line: NFC, no invisible characters, ligatures spelled out', () => {
    expect(lineFromRuns([run('cafe\u0301 \u200Bo\uFB03ce', 72, 100)])?.text).toBe('café office')
  })

  it('mends a soft hyphen at the end of a line, and says so', () => {
    expect(lineFromRuns([run('pro\u00AD', 72, 100)])).toMatchObject({ text: 'pro-', hasSoftHyphen: true })
  })

  it('has nothing to say for a line of spaces', () => {
    expect(lineFromRuns([run('   ', 72, 100)])).toBeNull()
  })
})

describe('groupIntoLines', () => {
  it('reads lines top to bottom and each left to right, whatever order the PDF draws them in', () => {
    const lines = groupIntoLines([run('second line', 72, 115), run('line', 110, 100), run('First', 72, 100)])
    expect(lines.map((line) => line.map((r) => r.text).join(' '))).toEqual(['First line', 'second line'])
  })

  it('keeps a superscript on its line', () => {
    const lines = groupIntoLines([run('Convictions', 72, 100), run('3', 133, 96, 7), run('rose', 140, 100)])
    expect(lines).toHaveLength(1)
  })
})

describe('orderColumns', () => {
  const leftColumn = ['The left column has several words', 'on each of its lines so that it', 'reads as running text to the end', 'of the column, where it stops.']
  const rightColumn = ['The right column also has words', 'on each line, and it is read', 'only after the whole left column', 'has been read to its end.']

  it('reads a two-column page left column first, under a heading across both', () => {
    const runs = [run('A heading that runs across the whole width of the page', 72, 80)]
    leftColumn.forEach((text, i) => runs.push(run(text, 72, 100 + i * 15)))
    rightColumn.forEach((text, i) => runs.push(run(text, 320, 100 + i * 15)))
    const page = layOutPage(runs, 595, 842)
    expect(page.lines.map((line) => line.text)).toEqual(['A heading that runs across the whole width of the page', ...leftColumn, ...rightColumn])
  })

  it('leaves a table of figures in rows', () => {
    const rows = [0, 1, 2, 3, 4, 5].map((i) => [run('Region', 72, 100 + i * 15), run(`${1000 + i}`, 300, 100 + i * 15), run(`${2000 + i}`, 400, 100 + i * 15)])
    expect(orderColumns(rows, 595)).toEqual(rows)
  })
})

describe('expandLigatures', () => {
  it('spells out the Latin ligatures and nothing else that NFKC would change', () => {
    expect(expandLigatures('\uFB00 \uFB01 \uFB02 \uFB03 \uFB04 \uFB05 \uFB06 ½ m² ２')).toBe('ff fi fl ffi ffl st st ½ m² ２')
  })
})
