import { describe, expect, it } from 'vitest'
import { ocrNote, ocrPageNames, pageMarkerWords } from './page'

const page = { index: 5, label: '3', start: 0, end: 10, furniture: ['Prosecutions Review 2024', 'Page 3'], ocr: false, confidence: null }

describe('pageMarkerWords', () => {
  it('names a page by its label, with its place in the file, and drops the page’s own number from its furniture', () => {
    expect(pageMarkerWords(page)).toEqual({ name: 'Page 3', position: 'page 5 of the file', ocr: null, furniture: ['Prosecutions Review 2024'] })
  })

  it('names an unlabelled page by its index alone', () => {
    expect(pageMarkerWords({ ...page, label: null, furniture: ['- 5 -', 'Page 5 of 9'] })).toMatchObject({ name: 'Page 5', position: null, furniture: ['Page 5 of 9'] })
  })

  it('keeps roman labels and their printed forms apart from other lines', () => {
    expect(pageMarkerWords({ ...page, index: 2, label: 'ii', furniture: ['(ii)', 'p. ii', 'Foreword'] })).toMatchObject({ name: 'Page ii', position: 'page 2 of the file', furniture: ['Foreword'] })
  })
})

describe('ocrNote', () => {
  it('says a page was read by OCR, with its confidence when known', () => {
    expect(ocrNote({ ocr: true, confidence: 90.6 })).toBe('read by OCR, 91% confidence')
    expect(ocrNote({ ocr: true, confidence: null })).toBe('read by OCR')
    expect(ocrNote({ ocr: false, confidence: null })).toBeNull()
  })

  it('lists the pages read by OCR by name', () => {
    expect(ocrPageNames([page, { ...page, index: 6, label: null, ocr: true }])).toEqual(['6'])
  })
})
