import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { splitHighlights } from './highlight'
import { pieceText, type ReaderPage } from './page-pieces'
import { OUTSIDE_TEXT_ATTRIBUTE, pointToOffset, rangeToOffsets, trimRange } from './selection-offsets'

const TEXT = 'Why it matters: At least 545 parents “could not be located” 😀 as of October.\n\nNext paragraph.'
const QUOTES = [
  { id: 'a', start: 16, end: 36 },
  { id: 'b', start: 25, end: 59 },
]

/** The reader's markup: one element per run, with its offset in data-start. */
function render(text: string) {
  let offset = 0
  const runs = splitHighlights(text, QUOTES).map((run) => {
    const html = `<${run.ids.length ? 'mark' : 'span'} data-start="${offset}">${run.text}</${run.ids.length ? 'mark' : 'span'}>`
    offset += run.text.length
    return html
  })
  const { document } = parseHTML(`<html><body><p id="before">Header</p><div id="root">${runs.join('')}</div><p id="after">Footer</p></body></html>`)
  return { document, root: document.getElementById('root')! }
}

function textPoint(root: Element, index: number, offset: number) {
  return { node: root.childNodes[index]!.firstChild!, offset }
}

describe('pointToOffset', () => {
  const { document, root } = render(TEXT)

  it('maps a point in every segment to the same offset in the snapshot text', () => {
    let start = 0
    root.childNodes.forEach((segment, index) => {
      const length = segment.textContent!.length
      for (const offset of [0, Math.floor(length / 2), length]) {
        const point = textPoint(root, index, offset)
        expect(pointToOffset(root, point.node, point.offset, TEXT.length)).toBe(start + offset)
      }
      start += length
    })
  })

  it('maps points given as element and child index', () => {
    expect(pointToOffset(root, root, 0, TEXT.length)).toBe(0)
    expect(pointToOffset(root, root, 2, TEXT.length)).toBe(25)
    expect(pointToOffset(root, root, root.childNodes.length, TEXT.length)).toBe(TEXT.length)
    expect(pointToOffset(root, root.childNodes[1]!, 1, TEXT.length)).toBe(25)
  })

  it('clips points outside the text to its ends', () => {
    expect(pointToOffset(root, document.getElementById('before')!.firstChild!, 2, TEXT.length)).toBe(0)
    expect(pointToOffset(root, document.getElementById('after')!.firstChild!, 2, TEXT.length)).toBe(TEXT.length)
    expect(pointToOffset(root, document.body, 0, TEXT.length)).toBe(0)
    expect(pointToOffset(root, document.body, 3, TEXT.length)).toBe(TEXT.length)
  })
})

describe('rangeToOffsets', () => {
  const { root } = render(TEXT)

  it('gives the offsets of a selection across highlighted and plain segments, trimmed', () => {
    const from = textPoint(root, 0, 15)
    const to = textPoint(root, 4, 3)
    const range = { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset }
    const offsets = rangeToOffsets(root, range, TEXT)
    expect(offsets).toEqual({ start: 16, end: 62 })
    expect(TEXT.slice(offsets!.start, offsets!.end)).toBe('At least 545 parents “could not be located” 😀')
  })

  it('is null for a collapsed or whitespace-only selection', () => {
    const point = textPoint(root, 0, 3)
    expect(rangeToOffsets(root, { startContainer: point.node, startOffset: 3, endContainer: point.node, endOffset: 3 }, TEXT)).toBeNull()
  })
})

describe('trimRange', () => {
  it('drops surrounding whitespace and newlines', () => {
    expect(trimRange('  abc \n', 0, 7)).toEqual({ start: 2, end: 5 })
    expect(trimRange(' \n ', 0, 3)).toBeNull()
  })

  it('orders reversed ends, clips to the text and widens to whole characters', () => {
    expect(trimRange('abc', 3, 1)).toEqual({ start: 1, end: 3 })
    expect(trimRange('abc', -4, 99)).toEqual({ start: 0, end: 3 })
    expect(trimRange('a😀b', 2, 4)).toEqual({ start: 1, end: 4 })
    expect(trimRange('a😀b', 0, 2)).toEqual({ start: 0, end: 3 })
  })
})

describe('offsets in a PDF snapshot’s text, page markers and all', () => {
  // A sentence over the break from page 2 onto page 3, as the reader marks it (components/source-text.tsx).
  const text = 'Cases fell, while the\n\nnumber of cases dropped.'
  const pages: ReaderPage[] = [
    { index: 4, label: '2', start: 0, end: 21, furniture: ['Review 2024'], ocr: false, confidence: null },
    { index: 5, label: '3', start: 23, end: text.length, furniture: [], ocr: false, confidence: null },
  ]
  const quote = { id: 'q', start: text.indexOf('the'), end: text.indexOf(' dropped') }
  const markup = pieceText(text, [quote], pages)
    .map((piece) =>
      piece.kind === 'page'
        ? `<span ${OUTSIDE_TEXT_ATTRIBUTE}><span>Page ${piece.page.label}</span><span>page ${piece.page.index} of the file</span></span>`
        : `<${piece.ids.length ? 'mark' : 'span'} data-start="${piece.start}">${piece.text}</${piece.ids.length ? 'mark' : 'span'}>`,
    )
    .join('')
  const { document } = parseHTML(`<html><body><div id="root">${markup}</div></body></html>`)
  const root = document.getElementById('root')!
  const textNodes = (element: Element): Text[] => [...element.childNodes].flatMap((child) => (child.nodeType === 3 ? [child as Text] : textNodes(child as Element)))
  const nodeWith = (words: string) => textNodes(root).find((node) => node.data.includes(words))!

  it('maps a selection over a page break to the same offsets as without the marker', () => {
    const from = nodeWith('while')
    const to = nodeWith('number')
    const range = { startContainer: from, startOffset: from.data.indexOf('while'), endContainer: to, endOffset: to.data.length }
    const offsets = rangeToOffsets(root, range, text)
    expect(offsets).toEqual({ start: text.indexOf('while'), end: text.indexOf(' dropped') })
    expect(text.slice(offsets!.start, offsets!.end)).toBe('while the\n\nnumber of cases')
  })

  it('takes a point inside a marker to be where the marker is', () => {
    const name = nodeWith('Page 3')
    const at = pointToOffset(root, name, 2, text.length)
    expect(at).toBe(pointToOffset(root, root, [...root.childNodes].findIndex((child) => (child as Element).hasAttribute(OUTSIDE_TEXT_ATTRIBUTE) && child.textContent!.includes('Page 3')), text.length))
    expect(at).toBe(pages[1]!.start)
    const from = nodeWith('while')
    expect(rangeToOffsets(root, { startContainer: from, startOffset: from.data.indexOf('while'), endContainer: nodeWith('page 5 of'), endOffset: 4 }, text)).toEqual({ start: text.indexOf('while'), end: 21 })
  })
})
