import { describe, expect, it } from 'vitest'
import { pieceText, type ReaderPage } from './page-pieces'

// Three pages as a PDF's text has them: a paragraph ends on page 1, one runs on from 2 onto 3.
const TEXT = 'First page.\n\nSecond page runs on onto the third.'
const page = (index: number, start: number, end: number, label: string | null = null): ReaderPage => ({ index, label, start, end, furniture: [], ocr: false, confidence: null })
const [TWO, THREE] = [TEXT.indexOf('Second'), TEXT.indexOf('onto')]
const PAGES = [page(1, 0, 11), page(2, TWO, THREE - 1), page(3, THREE, TEXT.length)]

const shape = (pieces: ReturnType<typeof pieceText>) =>
  pieces.map((piece) => (piece.kind === 'page' ? `[${piece.page.index}]` : piece.isPageGap ? `(${JSON.stringify(piece.text)})` : piece.ids.length ? `<${piece.text}>` : piece.text))

describe('pieceText', () => {
  it('is the plain runs of highlight for a text without pages', () => {
    expect(shape(pieceText('abc def', [{ id: 'q', start: 4, end: 7 }]))).toEqual(['abc ', '<def>'])
  })

  it('puts a marker before each page’s text and keeps the gaps between pages, set apart', () => {
    const pieces = pieceText(TEXT, [], PAGES)
    expect(shape(pieces)).toEqual(['[1]', 'First page.', '("\\n\\n")', '[2]', 'Second page runs on', '(" ")', '[3]', 'onto the third.'])
    // Every character of the text, in order, each run at its own offset.
    const runs = pieces.flatMap((piece) => (piece.kind === 'text' ? [piece] : []))
    expect(runs.map((run) => run.text).join('')).toBe(TEXT)
    for (const run of runs) expect(TEXT.slice(run.start, run.start + run.text.length)).toBe(run.text)
  })

  it('splits a quote over a page break around the marker, its anchor on its first run', () => {
    const quote = { id: 'q', start: TEXT.indexOf('runs on'), end: TEXT.indexOf(' the third') }
    const pieces = pieceText(TEXT, [quote], PAGES)
    expect(shape(pieces)).toEqual(['[1]', 'First page.', '("\\n\\n")', '[2]', 'Second page ', '<runs on>', '(" ")', '[3]', '<onto>', ' the third.'])
    const marked = pieces.flatMap((piece) => (piece.kind === 'text' && piece.ids.includes('q') ? [piece] : []))
    expect(marked.map((run) => run.startIds)).toEqual([['q'], [], []])
  })

  it('shows a gap a quote starts in, so the quote’s link has somewhere to go', () => {
    const pieces = pieceText(TEXT, [{ id: 'q', start: THREE - 1, end: THREE + 4 }], PAGES)
    expect(shape(pieces).slice(4)).toEqual(['Second page runs on', '< >', '[3]', '<onto>', ' the third.'])
  })

  it('marks a page with no running text where it falls, in page order', () => {
    const pages = [page(1, 0, 11), page(2, 11, 11, 'ii'), page(3, TWO, THREE - 1), page(4, THREE, TEXT.length)]
    expect(shape(pieceText(TEXT, [], pages)).slice(0, 5)).toEqual(['[1]', 'First page.', '[2]', '("\\n\\n")', '[3]'])
    const trailing = [...PAGES, page(4, TEXT.length, TEXT.length)]
    expect(shape(pieceText(TEXT, [], trailing)).at(-1)).toBe('[4]')
  })

  it('leaves text between pages that is not whitespace shown', () => {
    const pages = [page(1, 0, 5), ...PAGES.slice(1)]
    expect(shape(pieceText(TEXT, [], pages)).slice(0, 3)).toEqual(['[1]', 'First page.\n\n', '[2]'])
  })
})
